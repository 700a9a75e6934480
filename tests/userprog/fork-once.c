/* tests/userprog/fork-once.c -- forks one child and waits for it. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  pid_t pid = fork("child");
  if (pid != 0) {
    int status = wait(pid);
    msg("Parent: child exit status is %d", status);
  } else {
    msg("child run");
    exit(81);
  }
}
