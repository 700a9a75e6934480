/* tests/userprog/wait-simple.cc -- wait() returns the child's status. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  pid_t pid = spawn("child-simple");
  msg("wait(exec()) = %d", wait(pid));
}
