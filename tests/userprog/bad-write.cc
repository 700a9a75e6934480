/* tests/userprog/bad-write.cc -- writing address 0 kills the process. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  *(volatile int *)nullptr = 42;
  fail("should have exited with -1");
}
