/* tests/userprog/bad-write2.c -- writing kernel memory (KERN_BASE) kills. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  *(volatile int *)0x8004000000 = 42;
  fail("should have exited with -1");
}
