/* tests/userprog/wait-killed.c -- wait() for a killed child returns -1. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  pid_t pid = fork("child-bad");
  if (pid == 0) {
    exec("child-bad");
    exit(-1);
  }
  msg("wait(exec()) = %d", wait(pid));
}
