/* tests/userprog/wait-simple.c -- wait() returns the child's status. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  pid_t pid = fork("child-simple");
  if (pid == 0) {
    exec("child-simple");
    exit(-1);
  }
  msg("wait(exec()) = %d", wait(pid));
}
