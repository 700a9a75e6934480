/* tests/userprog/halt.c -- halt() powers the machine off at once. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  halt();
  fail("should have halted");
}
