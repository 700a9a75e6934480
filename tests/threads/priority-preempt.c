/* tests/threads/priority-preempt.c -- a newly created higher-priority
 * thread preempts its creator and keeps the CPU while it yields. */
#include "threads/thread.h"
#include "tests/threads/tests.h"

static void simple_thread(void *aux UNUSED) {
  for (int i = 0; i < 5; i++) {
    msg("Thread %s iteration %d", thread_name(), i);
    thread_yield();
  }
  msg("Thread %s done!", thread_name());
}

void test_priority_preempt(void) {
  ASSERT(!thread_mlfqs);
  ASSERT(thread_get_priority() == PRI_DEFAULT);
  thread_create("high-priority", PRI_DEFAULT + 1, simple_thread, NULL);
  msg("The high-priority thread should have already completed.");
}
