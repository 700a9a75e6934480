/* tests/vm/pt-bad-addr.c -- writing an unmapped address kills. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  *(volatile int *)0x04000000 = 42;
  fail("should have exited with -1");
}
