/* tests/threads/priority-sema.c -- sema_up wakes the highest-priority
 * waiter, which then preempts the (low-priority) main thread. */
#include <stdio.h>

#include "threads/synch.h"
#include "threads/thread.h"
#include "tests/threads/tests.h"

static struct semaphore sema;

static void priority_sema_thread(void *aux UNUSED) {
  sema_down(&sema);
  msg("Thread %s woke up.", thread_name());
}

void test_priority_sema(void) {
  ASSERT(!thread_mlfqs);
  sema_init(&sema, 0);
  thread_set_priority(PRI_MIN);
  for (int i = 0; i < 10; i++) {
    int priority = PRI_DEFAULT - (i + 3) % 10 - 1;
    char name[16];
    snprintf(name, sizeof name, "priority %d", priority);
    thread_create(name, priority, priority_sema_thread, NULL);
  }
  for (int i = 0; i < 10; i++) {
    sema_up(&sema);
    msg("Back in main thread.");
  }
}
