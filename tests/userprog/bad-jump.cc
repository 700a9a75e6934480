/* tests/userprog/bad-jump.cc -- jumping to address 0 kills the process. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  void (*volatile target)(void) = nullptr;
  target();
  fail("should have exited with -1");
}
