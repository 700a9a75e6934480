/* tests/userprog/child-bad.c -- run by wait-killed: execs "pintos", which
 * does not exist on the Pintos disk, so the process ends with -1. */
#include <syscall.h>

#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  exec("pintos");
  fail("should have exited with -1");
}
