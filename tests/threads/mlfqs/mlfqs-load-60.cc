/* tests/threads/mlfqs-load-60.cc -- sixty threads sleep 10 s, spin 60 s,
 * then sleep 60 s; the main thread samples load_avg every 2 s.  The checker
 * (mlfqs-load-60.ck) compares the samples with the ideal curve. */
#include <stdio.h>

#include "devices/timer.h"
#include "kernel/thread.h"
#include "tests/threads/tests.h"

namespace {

constexpr int THREAD_CNT = 60;
int64_t start_time;

void load_thread(void *aux UNUSED) {
  int64_t sleep_time = 10 * TIMER_FREQ;
  int64_t spin_time = sleep_time + 60 * TIMER_FREQ;
  int64_t exit_time = spin_time + 60 * TIMER_FREQ;
  thread_set_nice(20);
  timer_sleep(sleep_time - timer_elapsed(start_time));
  while (timer_elapsed(start_time) < spin_time) continue;
  timer_sleep(exit_time - timer_elapsed(start_time));
}

void test_mlfqs_load_60(void) {
  ASSERT(thread_mlfqs);
  start_time = timer_ticks();
  msg("Starting %d niced load threads...", THREAD_CNT);
  for (int i = 0; i < THREAD_CNT; i++) {
    char name[16];
    snprintf(name, sizeof name, "load %d", i);
    thread_create(name, PRI_DEFAULT, load_thread, nullptr);
  }
  msg("Starting threads took %d seconds.", (int)(timer_elapsed(start_time) / TIMER_FREQ));

  for (int i = 0; i < 90; i++) {
    int64_t sleep_until = start_time + TIMER_FREQ * (2 * i + 10);
    timer_sleep(sleep_until - timer_ticks());
    int load_avg = thread_get_load_avg();
    msg("After %d seconds, load average=%d.%02d.", i * 2, load_avg / 100, load_avg % 100);
  }
}

}  // namespace

THREADS_TEST("mlfqs-load-60", test_mlfqs_load_60);
