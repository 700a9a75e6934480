/* tests/vm/swap-fork.c -- ten processes under memory pressure: each forked
 * child execs child-swap, which touches 1 MB of its own; all must exit 0. */
#include <syscall.h>

#include "tests/lib.h"
#include "tests/main.h"

#define CHILDREN 10

void test_main(void) {
  pid_t child[CHILDREN];
  for (int i = 0; i < CHILDREN; i++) {
    child[i] = fork("child-swap");
    if (child[i] == 0 && exec("child-swap") == -1) fail("exec \"child-swap\"");
  }
  for (int i = 0; i < CHILDREN; i++)
    if (wait(child[i]) != 0) fail("More than one child process' stack is corrupted");
}
