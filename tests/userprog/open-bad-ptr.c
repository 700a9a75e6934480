/* tests/userprog/open-bad-ptr.c -- open() of an unmapped address kills. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  msg("open(0x20101234): %d", open((const char *)0x20101234));
  fail("should have called exit(-1)");
}
