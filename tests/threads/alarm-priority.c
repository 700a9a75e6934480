/* tests/threads/alarm-priority.c -- sleepers that wake on the same tick
 * run in priority order.
 *
 * Ten threads with priorities 21..30, created in a scrambled order, all
 * sleep until the same tick five seconds away.  When they wake, the
 * highest priority must run first: the messages count down from 30. */
#include <stdio.h>

#include "devices/timer.h"
#include "threads/synch.h"
#include "threads/thread.h"
#include "tests/threads/tests.h"

static int64_t wake_time;
static struct semaphore wait_sema;

static void alarm_priority_thread(void *aux UNUSED) {
  /* Start at a tick boundary so no thread is mid-tick when the deadline
   * arrives. */
  int64_t start = timer_ticks();
  while (timer_elapsed(start) == 0) continue;
  timer_sleep(wake_time - timer_ticks());
  msg("Thread %s woke up.", thread_name());
  sema_up(&wait_sema);
}

void test_alarm_priority(void) {
  ASSERT(!thread_mlfqs);
  wake_time = timer_ticks() + 5 * TIMER_FREQ;
  sema_init(&wait_sema, 0);
  for (int i = 0; i < 10; i++) {
    int priority = PRI_DEFAULT - (i + 5) % 10 - 1;
    char name[16];
    snprintf(name, sizeof name, "priority %d", priority);
    thread_create(name, priority, alarm_priority_thread, NULL);
  }
  thread_set_priority(PRI_MIN);
  for (int i = 0; i < 10; i++) sema_down(&wait_sema);
}
