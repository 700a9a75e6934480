/* tests/userprog/bad-read2.c -- reading kernel memory (KERN_BASE) kills. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  msg("Congratulations - you have successfully read kernel memory: %d",
      *(volatile int *)0x8004000000);
  fail("should have exited with -1");
}
