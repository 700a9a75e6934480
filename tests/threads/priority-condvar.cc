/* tests/threads/priority-condvar.cc -- cond_signal wakes the
 * highest-priority waiter. */
#include <stdio.h>

#include "kernel/synch.h"
#include "kernel/thread.h"
#include "tests/threads/tests.h"

namespace {

lock monitor;
condition cond;

void priority_condvar_thread(void *aux UNUSED) {
  msg("Thread %s starting.", thread_name());
  {
    lock_guard guard(&monitor);
    cond_wait(&cond, &monitor);
    msg("Thread %s woke up.", thread_name());
  }
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
    thread_create(name, priority, priority_condvar_thread, nullptr);
  }
  for (int i = 0; i < 10; i++) {
    lock_guard guard(&monitor);
    msg("Signaling...");
    cond_signal(&cond, &monitor);
  }
}

}  // namespace

THREADS_TEST("priority-condvar", test_priority_condvar);
