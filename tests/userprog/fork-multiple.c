/* tests/userprog/fork-multiple.c -- four forks in a row; each child sees
 * the parent's memory as it was at its fork. */
#include "tests/lib.h"
#include "tests/main.h"

static int magic = 3;

static void fork_and_wait(void) {
  magic++;
  pid_t pid = fork("child");
  if (pid != 0) {
    int status = wait(pid);
    msg("Parent: child exit status is %d", status);
  } else {
    msg("child run");
    exit(magic);
  }
}

void test_main(void) {
  for (int i = 0; i < 4; i++) fork_and_wait();
}
