/* tests/userprog/bad-jump2.c -- jumping into the kernel (KERN_BASE) kills. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  void (*volatile target)(void) = (void (*)(void))0x8004000000;
  target();
  fail("should have exited with -1");
}
