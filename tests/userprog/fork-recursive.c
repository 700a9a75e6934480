/* tests/userprog/fork-recursive.c -- a chain of forks: each child forks
 * the next, and every parent waits for its child's status. */
#include "tests/lib.h"
#include "tests/main.h"

/* Forks a child at DEPTH + 1 (up to 4 levels) and returns DEPTH. */
static int fork_and_wait(int depth) {
  msg("depth %d", depth);
  if (depth == 4) return depth;
  pid_t pid = fork("child");
  if (pid == 0) exit(fork_and_wait(depth + 1));
  int status = wait(pid);
  msg("Parent at depth %d: child exit status is %d", depth, status);
  if (status != depth + 1) fail("expected %d", depth + 1);
  return depth;
}

void test_main(void) { fork_and_wait(0); }
