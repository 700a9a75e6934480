/* tests/threads/alarm-wait.c -- alarm-single and alarm-multiple.
 *
 * Five threads sleep ITERATIONS times each; thread I sleeps 10*(I+1) ticks
 * at a time, to absolute deadlines start + n*duration, so thread I's n-th
 * wake-up happens at tick start + n*duration.  Each wake-up is logged; the
 * main thread then replays the log and checks that the products n*duration
 * (the wake-up times) never decrease.  The checker (tests/threads/alarm.pm)
 * recomputes the expected order independently. */
#include <stdio.h>

#include "devices/timer.h"
#include "threads/malloc.h"
#include "threads/synch.h"
#include "threads/thread.h"
#include "tests/threads/tests.h"

struct sleep_run;

/* One sleeping thread. */
struct sleeper_info {
  struct sleep_run *run;
  int id;          /* 0..thread_cnt-1 */
  int duration;    /* ticks per sleep */
  int iterations;  /* wake-ups replayed so far (by the main thread) */
};

/* Shared by all sleepers of one run. */
struct sleep_run {
  int64_t start;   /* first deadline is start + duration */
  int iterations;  /* sleeps per struct thread */
  struct lock output_lock;
  int *output;     /* log of thread ids in wake-up order; guarded by output_lock */
  int *output_pos;
};

static void sleeper(void *info_) {
  struct sleeper_info *info = (struct sleeper_info *)info_;
  struct sleep_run *run = info->run;
  for (int n = 1; n <= run->iterations; n++) {
    int64_t deadline = run->start + (int64_t)n * info->duration;
    timer_sleep(deadline - timer_ticks());
    lock_acquire(&run->output_lock);
    *run->output_pos++ = info->id;
    lock_release(&run->output_lock);
  }
}

static void test_sleep(int thread_cnt, int iterations) {
  ASSERT(!thread_mlfqs);
  msg("Creating %d threads to sleep %d times each.", thread_cnt, iterations);
  msg("Thread 0 sleeps 10 ticks each time,");
  msg("thread 1 sleeps 20 ticks each time, and so on.");
  msg("If successful, product of iteration count and");
  msg("sleep duration will appear in nondescending order.");

  struct sleep_run run;
  struct sleeper_info *infos = (struct sleeper_info *)malloc(sizeof *infos * thread_cnt);
  run.output = (int *)malloc(sizeof *run.output * iterations * thread_cnt * 2);
  if (infos == NULL || run.output == NULL) fail("out of memory");
  run.start = timer_ticks() + 100;
  run.iterations = iterations;
  lock_init(&run.output_lock);
  run.output_pos = run.output;

  for (int i = 0; i < thread_cnt; i++) {
    struct sleeper_info *info = &infos[i];
    info->run = &run;
    info->id = i;
    info->duration = (i + 1) * 10;
    info->iterations = 0;
    char name[16];
    snprintf(name, sizeof name, "thread %d", i);
    thread_create(name, PRI_DEFAULT, sleeper, info);
  }

  /* Long enough for every sleeper to finish. */
  timer_sleep(100 + thread_cnt * iterations * 10 + 100);

  {
    lock_acquire(&run.output_lock);
    int last_product = 0;
    for (int *op = run.output; op < run.output_pos; op++) {
      ASSERT(*op >= 0 && *op < thread_cnt);
      struct sleeper_info *info = &infos[*op];
      int product = ++info->iterations * info->duration;
      msg("thread %d: duration=%d, iteration=%d, product=%d", info->id, info->duration,
          info->iterations, product);
      if (product < last_product)
        fail("thread %d woke up out of order (%d > %d)!", info->id, last_product, product);
      last_product = product;
    }
    for (int i = 0; i < thread_cnt; i++)
      if (infos[i].iterations != iterations)
        fail("thread %d woke up %d times instead of %d", i, infos[i].iterations, iterations);
    lock_release(&run.output_lock);
  }
  free(run.output);
  free(infos);
}

void test_alarm_single(void) { test_sleep(5, 1); }
void test_alarm_multiple(void) { test_sleep(5, 7); }
