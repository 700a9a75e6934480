/* tests/userprog/exec-arg.cc -- exec() passes arguments on. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  exec("child-args childarg");
  fail("exec() returned");
}
