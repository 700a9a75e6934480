/* tests/userprog/bad-write.c -- writing address 0 kills the process. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  *(volatile int *)NULL = 42;
  fail("should have exited with -1");
}
