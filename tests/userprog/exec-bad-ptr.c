/* tests/userprog/exec-bad-ptr.c -- exec() of an unmapped string kills. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  exec((const char *)0x20101234);
  fail("should have exited with -1");
}
