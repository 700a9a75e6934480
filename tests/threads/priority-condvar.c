/* tests/threads/priority-condvar.c -- cond_signal wakes the
 * highest-priority waiter. */
#include <stdio.h>

#include "threads/synch.h"
#include "threads/thread.h"
#include "tests/threads/tests.h"

static struct lock monitor;
static struct condition cond;

static void priority_condvar_thread(void *aux UNUSED) {
  msg("Thread %s starting.", thread_name());
  lock_acquire(&monitor);
  cond_wait(&cond, &monitor);
  msg("Thread %s woke up.", thread_name());
  lock_release(&monitor);
}

void test_priority_condvar(void) {
  ASSERT(!thread_mlfqs);
  lock_init(&monitor);
  cond_init(&cond);
  thread_set_priority(PRI_MIN);
  for (int i = 0; i < 10; i++) {
    int priority = PRI_DEFAULT - (i + 7) % 10 - 1;
    char name[16];
    snprintf(name, sizeof name, "priority %d", priority);
    thread_create(name, priority, priority_condvar_thread, NULL);
  }
  for (int i = 0; i < 10; i++) {
    lock_acquire(&monitor);
    msg("Signaling...");
    cond_signal(&cond, &monitor);
    lock_release(&monitor);
  }
}
