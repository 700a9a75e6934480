/* tests/userprog/fork-recursive.c -- a chain of forks.  A counter in the
 * data segment goes up by one per level on the child's side and by one
 * more on a parent's side after its fork, so each process's exit status
 * shows which copy of the counter it saw.  The chain stops when the
 * counter reaches 10. */
#include <syscall.h>

#include "tests/lib.h"
#include "tests/main.h"

static int counter = 1;

static void fork_and_wait(void) {
  counter++;
  if (counter >= 10) exit(counter);

  pid_t pid = fork("child");
  if (pid != 0) {
    counter++;
    int status = wait(pid);
    msg("Parent: child exit status is %d", status);
    return;
  }
  msg("child run");
  fork_and_wait();
  exit(counter);
}

void test_main(void) { fork_and_wait(); }
