/* tests/isolation/fpu-fork.cc -- fork copies the x87/SSE registers, and
 * the copy is the child's own.
 *
 * The parent loads every register with pattern 1 and forks.  The child
 * must find pattern 1 (fork copies the registers), then loads pattern 2
 * and yields the CPU many times over.  The parent, after wait(), must
 * still see pattern 1: the child's values never reach it. */
#include <syscall.h>

#include "tests/isolation/fpu.h"
/* The test library is C; its headers may be the standard ones, which do
 * not say so themselves. */
extern "C" {
#include "tests/lib.h"
#include "tests/main.h"
}

void test_main(void) {
  fpu_fill(1);
  msg("fork");
  pid_t pid = fork("child");
  if (pid == 0) {
    test_name = "child";
    bool inherited = fpu_matches(1);
    fpu_fill(2);
    /* Give the parent and the kernel every chance to run in between. */
    for (int i = 0; i < 200; i++) (void)tell(999);
    bool kept = fpu_matches(2);
    CHECK(inherited, "child sees the parent's registers");
    CHECK(kept, "child keeps its own registers");
    exit(0);
  }
  if (pid < 0) fail("fork failed");
  int status = wait(pid);
  bool kept = fpu_matches(1);
  CHECK(status == 0, "child exited with status %d", status);
  CHECK(kept, "parent's registers survive the child");
}
