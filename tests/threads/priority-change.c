/* tests/threads/priority-change.c -- lowering your own priority below a
 * ready thread's yields at once; creating a higher-priority thread runs it
 * at once. */
#include "threads/thread.h"
#include "tests/threads/tests.h"

static void changing_thread(void *aux UNUSED) {
  msg("Thread 2 now lowering priority.");
  thread_set_priority(PRI_DEFAULT - 1);
  msg("Thread 2 exiting.");
}

void test_priority_change(void) {
  ASSERT(!thread_mlfqs);
  msg("Creating a high-priority thread 2.");
  thread_create("thread 2", PRI_DEFAULT + 1, changing_thread, NULL);
  msg("Thread 2 should have just lowered its priority.");
  thread_set_priority(PRI_DEFAULT - 2);
  msg("Thread 2 should have just exited.");
}
