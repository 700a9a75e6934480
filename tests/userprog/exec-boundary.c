/* tests/userprog/exec-boundary.c -- an exec() command line straddling a
 * page boundary. */
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/userprog/boundary.h"

void test_main(void) {
  exec(copy_string_across_boundary("child-simple"));
  fail("exec() returned");
}
