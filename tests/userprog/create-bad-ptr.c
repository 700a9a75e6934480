/* tests/userprog/create-bad-ptr.c -- create() with an unmapped name
 * pointer kills the process. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  msg("create(0x20101234): %d", create((const char *)0x20101234, 0));
}
