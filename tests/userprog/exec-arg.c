/* tests/userprog/exec-arg.c -- exec() passes the arguments on: this
 * process becomes "child-args childarg" and keeps its name. */
#include <syscall.h>

#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  msg("I'm your father");
  exec("child-args childarg");
  fail("exec() returned");
}
