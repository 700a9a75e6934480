/* tests/threads/mlfqs-fair.cc -- mlfqs-fair-2, mlfqs-fair-20, mlfqs-nice-2,
 * mlfqs-nice-10: how the MLFQS shares the CPU.
 *
 * THREAD_CNT threads with nice values NICE_MIN, NICE_MIN+NICE_STEP, ...
 * sleep until 5 s after the start, then spin for 30 s counting the ticks
 * they see.  The main thread (nice -20) sleeps 40 s and prints the counts;
 * the checker (tests/threads/mlfqs.pm) simulates an ideal MLFQS for the
 * same nice values and compares. */
#include <inttypes.h>
#include <stdio.h>

#include "devices/timer.h"
#include "kernel/thread.h"
#include "tests/threads/tests.h"

namespace {

constexpr int MAX_THREAD_CNT = 20;

struct thread_info {
  int64_t start_time;
  int tick_count;  /* written by its thread, read after it finished */
  int nice;
};

void load_thread(void *ti_) {
  thread_info *ti = (thread_info *)ti_;
  int64_t sleep_time = 5 * TIMER_FREQ;
  int64_t spin_time = sleep_time + 30 * TIMER_FREQ;
  int64_t last_time = 0;
  thread_set_nice(ti->nice);
  timer_sleep(sleep_time - timer_elapsed(ti->start_time));
  while (timer_elapsed(ti->start_time) < spin_time) {
    int64_t cur_time = timer_ticks();
    if (cur_time != last_time) ti->tick_count++;
    last_time = cur_time;
  }
}

void test_mlfqs_fair(int thread_cnt, int nice_min, int nice_step) {
  ASSERT(thread_mlfqs);
  ASSERT(thread_cnt <= MAX_THREAD_CNT);
  ASSERT(nice_min >= -10);
  ASSERT(nice_step >= 0);
  ASSERT(nice_min + nice_step * (thread_cnt - 1) <= 20);

  thread_info info[MAX_THREAD_CNT];
  thread_set_nice(-20);
  int64_t start_time = timer_ticks();
  msg("Starting %d threads...", thread_cnt);
  int nice = nice_min;
  for (int i = 0; i < thread_cnt; i++) {
    info[i] = {start_time, 0, nice};
    char name[16];
    snprintf(name, sizeof name, "load %d", i);
    thread_create(name, PRI_DEFAULT, load_thread, &info[i]);
    nice += nice_step;
  }
  msg("Starting threads took %" PRId64 " ticks.", timer_elapsed(start_time));

  msg("Sleeping 40 seconds to let threads run, please wait...");
  timer_sleep(40 * TIMER_FREQ);
  for (int i = 0; i < thread_cnt; i++) msg("Thread %d received %d ticks.", i, info[i].tick_count);
}

void test_mlfqs_fair_2(void) { test_mlfqs_fair(2, 0, 0); }
void test_mlfqs_fair_20(void) { test_mlfqs_fair(20, 0, 0); }
void test_mlfqs_nice_2(void) { test_mlfqs_fair(2, 0, 5); }
void test_mlfqs_nice_10(void) { test_mlfqs_fair(10, 0, 1); }

}  // namespace

THREADS_TEST("mlfqs-fair-2", test_mlfqs_fair_2);
THREADS_TEST("mlfqs-fair-20", test_mlfqs_fair_20);
THREADS_TEST("mlfqs-nice-2", test_mlfqs_nice_2);
THREADS_TEST("mlfqs-nice-10", test_mlfqs_nice_10);
