/* tests/userprog/wait-twice.cc -- a second wait() for a child returns -1. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  pid_t pid = spawn("child-simple");
  msg("wait(exec()) = %d", wait(pid));
  msg("wait(exec()) = %d", wait(pid));
}
