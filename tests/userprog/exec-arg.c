/* tests/userprog/exec-arg.c -- exec() passes arguments on. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  exec("child-args childarg");
  fail("exec() returned");
}
