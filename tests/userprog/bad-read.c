/* tests/userprog/bad-read.c -- reading address 0 kills the process. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  msg("Congratulations - you have successfully dereferenced NULL: %d",
      *(volatile int *)NULL);
  fail("should have exited with -1");
}
