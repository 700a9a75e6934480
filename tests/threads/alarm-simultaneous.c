/* tests/threads/alarm-simultaneous.c -- sleepers with the same deadline
 * wake on the same tick.
 *
 * Three threads each sleep to deadlines start+10, start+20, ... five times
 * and log the tick they woke on.  Within an iteration every thread must
 * report the same tick ("0 ticks later"); successive iterations are 10
 * ticks apart. */
#include "threads/interrupt.h"
#include "devices/timer.h"
#include "threads/malloc.h"
#include "threads/synch.h"
#include "threads/thread.h"
#include "tests/threads/tests.h"

#include <stdio.h>

struct simultaneous_run {
  int64_t start;
  int iterations;
  int *output_pos;  /* next free slot in the log; only the running thread writes */
};

static void sleeper(void *run_) {
  struct simultaneous_run *run = (struct simultaneous_run *)run_;
  for (int n = 1; n <= run->iterations; n++) {
    int64_t deadline = run->start + n * 10;
    timer_sleep(deadline - timer_ticks());
    /* No lock: all sleepers have priority PRI_DEFAULT and the write is
     * done with interrupts off, so log entries cannot interleave. */
    {
      enum intr_level old_level = intr_disable();
      *run->output_pos++ = (int)(timer_ticks() - run->start);
      intr_set_level(old_level);
    }
    thread_yield();
  }
}

void test_alarm_simultaneous(void) {
  const int thread_cnt = 3, iterations = 5;
  ASSERT(!thread_mlfqs);
  msg("Creating %d threads to sleep %d times each.", thread_cnt, iterations);
  msg("Each thread sleeps 10 ticks each time.");
  msg("Within an iteration, all threads should wake up on the same tick.");

  int *output = (int *)malloc(sizeof *output * iterations * thread_cnt * 2);
  if (output == NULL) fail("out of memory");
  struct simultaneous_run run;
  run.start = timer_ticks() + 100;
  run.iterations = iterations;
  run.output_pos = output;
  for (int i = 0; i < thread_cnt; i++) {
    char name[16];
    snprintf(name, sizeof name, "thread %d", i);
    thread_create(name, PRI_DEFAULT, sleeper, &run);
  }

  timer_sleep(100 + iterations * 10 + 100);

  msg("iteration 0, thread 0: woke up after %d ticks", output[0]);
  for (int i = 1; i < run.output_pos - output; i++)
    msg("iteration %d, thread %d: woke up %d ticks later", i / thread_cnt, i % thread_cnt,
        output[i] - output[i - 1]);
  free(output);
}
