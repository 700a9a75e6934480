/* tests/vm-extra/swap-fair.cc -- every process progresses while one swaps
 * hard (issue 13.3).
 *
 * With -m 8 (about 3.5 MB of user frames) and a swap disk, fair-hog
 * rewrites 4 MiB over and over, so nearly each of its page touches evicts
 * a page to swap and brings another back.  Beside it this program runs
 * STEPS short steps, one after the other: each starts fair-step (loaded
 * from the file system, a few pages of its own touched -- frames that must
 * be taken from the hog under pressure) and waits for it.
 *
 * Every step needs the locks the hog keeps taking: the VM's lock, the swap
 * disk's channel, the file system's.  If a lock goes back to the thread
 * that released it instead of the one waiting for it, the hog takes it
 * again and again and the steps crawl: the run is judged by its length in
 * ticks of work (swap-fair.ck), and by the hog still running at the end
 * (fair-hog exits only after HOG_PASSES passes, which a fair scheduler
 * never lets it finish before the steps are done; its exit line would not
 * match the expected output).  The hog is never waited for: the kernel
 * powers off under it. */
#include <syscall.h>

#include "tests/lib.h"
#include "tests/main.h"

#define STEPS 10
#define STEP_STATUS 7

void test_main(void) {
  pid_t hog = spawn("fair-hog");
  if (hog == PID_ERROR) fail("cannot start fair-hog");
  msg("started the hog");
  for (int i = 1; i <= STEPS; i++) {
    pid_t step = spawn("fair-step");
    if (step == PID_ERROR) fail("cannot start step %d", i);
    int status = wait(step);
    if (status != STEP_STATUS) fail("step %d exited with %d, not %d", i, status, STEP_STATUS);
  }
  msg("%d steps done beside the hog", STEPS);
}
