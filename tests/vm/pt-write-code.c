/* tests/vm/pt-write-code.c -- writing to the code segment kills. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  *(volatile int *)(void *)test_main = 0;
  fail("writing the code segment succeeded");
}
