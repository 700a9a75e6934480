/* tests/userprog/exec-bad-ptr.c -- exec() of an unmapped string kills. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  /* The standard test just returns if exec() does: its checker accepts a
   * -1 return ("end", exit 0) as well as a kill. */
  exec((const char *)0x20101234);
}
