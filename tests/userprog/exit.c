/* tests/userprog/exit.c -- exit(57) ends the process with status 57. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  exit(57);
  fail("should have called exit(57)");
}
