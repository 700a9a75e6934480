/* tests/threads/mlfqs-load-avg.cc -- a staircase load: thread i of sixty
 * sleeps 10+i seconds, spins 60 seconds, then sleeps until 120 s.  The main
 * thread (nice -20, so it wakes on time) samples load_avg every 2 s; the
 * checker compares with the ideal curve. */
#include <stdio.h>

#include "devices/timer.h"
#include "kernel/thread.h"
#include "tests/threads/tests.h"

namespace {

constexpr int THREAD_CNT = 60;
int64_t start_time;

void load_thread(void *seq_no_) {
  int seq_no = (int)(intptr_t)seq_no_;
  int64_t sleep_time = TIMER_FREQ * (10 + seq_no);
  int64_t spin_time = sleep_time + TIMER_FREQ * THREAD_CNT;
  int64_t exit_time = TIMER_FREQ * (THREAD_CNT * 2);
  timer_sleep(sleep_time - timer_elapsed(start_time));
  while (timer_elapsed(start_time) < spin_time) continue;
  timer_sleep(exit_time - timer_elapsed(start_time));
}

void test_mlfqs_load_avg(void) {
  ASSERT(thread_mlfqs);
  start_time = timer_ticks();
  msg("Starting %d load threads...", THREAD_CNT);
  for (int i = 0; i < THREAD_CNT; i++) {
    char name[16];
    snprintf(name, sizeof name, "load %d", i);
    thread_create(name, PRI_DEFAULT, load_thread, (void *)(intptr_t)i);
  }
  msg("Starting threads took %d seconds.", (int)(timer_elapsed(start_time) / TIMER_FREQ));
  thread_set_nice(-20);

  for (int i = 0; i < 90; i++) {
    int64_t sleep_until = start_time + TIMER_FREQ * (2 * i + 10);
    timer_sleep(sleep_until - timer_ticks());
    int load_avg = thread_get_load_avg();
    msg("After %d seconds, load average=%d.%02d.", i * 2, load_avg / 100, load_avg % 100);
  }
}

}  // namespace

THREADS_TEST("mlfqs-load-avg", test_mlfqs_load_avg);
