/* tests/isolation/fpu-switch.cc -- two processes that run side by side,
 * preempted by the timer, each keep their own x87/SSE registers.
 *
 * Parent and child each load a different pattern and then check it many
 * times in a long busy loop (long enough for many time slices each); a
 * register the other process changed shows up as a mismatch. */
#include <syscall.h>

#include "tests/isolation/fpu.h"
/* The test library is C; its headers may be the standard ones, which do
 * not say so themselves. */
extern "C" {
#include "tests/lib.h"
#include "tests/main.h"
}

/* Busy work between checks; the total spans many 4-tick time slices. */
#define ROUNDS 200
#define SPIN 20000

static int check_rounds(uint64_t seed) {
  volatile int sink = 0;
  int bad = 0;
  fpu_fill(seed);
  for (int r = 0; r < ROUNDS; r++) {
    for (int i = 0; i < SPIN; i++) sink = sink + i;
    if (!fpu_matches(seed)) {
      bad++;
      fpu_fill(seed);
    }
  }
  return bad;
}

void test_main(void) {
  msg("fork");
  pid_t pid = fork("child");
  if (pid == 0) exit(check_rounds(3) == 0 ? 0 : 1);
  if (pid < 0) fail("fork failed");
  int bad = check_rounds(4);
  int status = wait(pid);
  CHECK(bad == 0, "parent's registers never changed");
  CHECK(status == 0, "child's registers never changed (status %d)", status);
}
