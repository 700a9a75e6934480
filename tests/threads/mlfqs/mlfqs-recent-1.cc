/* tests/threads/mlfqs-recent-1.cc -- one busy thread's recent_cpu over
 * three minutes, sampled every 2 s together with load_avg; the checker
 * compares both with the ideal curves.  It first sleeps until its
 * recent_cpu has decayed to at most 7.00. */
#include "devices/timer.h"
#include "kernel/thread.h"
#include "tests/threads/tests.h"

namespace {

void test_mlfqs_recent_1(void) {
  ASSERT(thread_mlfqs);
  int64_t start_time;
  do {
    msg("Sleeping 10 seconds to allow recent_cpu to decay, please wait...");
    start_time = timer_ticks();
    /* To the next whole second, plus ten. */
    int64_t next_second = (start_time + TIMER_FREQ - 1) / TIMER_FREQ * TIMER_FREQ;
    timer_sleep(next_second - start_time + 10 * TIMER_FREQ);
  } while (thread_get_recent_cpu() > 700);

  start_time = timer_ticks();
  int64_t last_elapsed = 0;
  for (;;) {
    int64_t elapsed = timer_elapsed(start_time);
    if (elapsed % (TIMER_FREQ * 2) == 0 && elapsed > last_elapsed) {
      int recent_cpu = thread_get_recent_cpu();
      int load_avg = thread_get_load_avg();
      int elapsed_seconds = (int)(elapsed / TIMER_FREQ);
      msg("After %d seconds, recent_cpu is %d.%02d, load_avg is %d.%02d.", elapsed_seconds,
          recent_cpu / 100, recent_cpu % 100, load_avg / 100, load_avg % 100);
      if (elapsed_seconds >= 180) break;
    }
    last_elapsed = elapsed;
  }
}

}  // namespace

THREADS_TEST("mlfqs-recent-1", test_mlfqs_recent_1);
