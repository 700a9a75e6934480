/* tests/userprog/bad-jump.c -- jumping to address 0 kills the process. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  void (*volatile target)(void) = NULL;
  target();
  fail("should have exited with -1");
}
