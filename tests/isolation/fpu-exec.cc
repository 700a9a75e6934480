/* tests/isolation/fpu-exec.cc -- a new program starts with clean x87/SSE
 * registers, whatever the process before it left there.
 *
 * The parent fills every register, then forks a child that (keeping the
 * parent's registers, as fork must) execs fpu-clean; fpu-clean checks its
 * registers are in the reset state.  Then the parent checks its own
 * values survived. */
#include <syscall.h>

#include "tests/isolation/fpu.h"
/* The test library is C; its headers may be the standard ones, which do
 * not say so themselves. */
extern "C" {
#include "tests/lib.h"
#include "tests/main.h"
}

void test_main(void) {
  fpu_fill(7);
  msg("fork and exec fpu-clean");
  pid_t pid = fork("fpu-clean");
  if (pid == 0) {
    exec("fpu-clean");
    fail("exec failed");
  }
  if (pid < 0) fail("fork failed");
  int status = wait(pid);
  bool kept = fpu_matches(7);
  CHECK(status == 0, "fpu-clean exited with status %d", status);
  CHECK(kept, "parent's registers survive");
}
