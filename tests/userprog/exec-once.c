/* tests/userprog/exec-once.c -- exec() replaces this program with
 * child-simple, which exits with 81. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  msg("I'm your father");
  exec("child-simple");
  fail("exec() returned");
}
