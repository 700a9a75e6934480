/* tests/userprog/wait-twice.c -- a second wait() for a child returns -1. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  pid_t pid = fork("child-simple");
  if (pid == 0) {
    exec("child-simple");
    exit(-1);
  }
  msg("wait(exec()) = %d", wait(pid));
  msg("wait(exec()) = %d", wait(pid));
}
