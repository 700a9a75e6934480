/* tests/threads/priority-donate-lower.c -- lowering the base priority of
 * a thread that holds a donation keeps the donated priority until the
 * lock is released. */
#include "threads/synch.h"
#include "threads/thread.h"
#include "tests/threads/tests.h"

static void acquire_thread_func(void *lock_) {
  struct lock *l = (struct lock *)lock_;
  lock_acquire(l);
  msg("acquire: got the lock");
  lock_release(l);
  msg("acquire: done");
}

void test_priority_donate_lower(void) {
  ASSERT(!thread_mlfqs);
  ASSERT(thread_get_priority() == PRI_DEFAULT);
  struct lock l;
  lock_init(&l);
  lock_acquire(&l);
  thread_create("acquire", PRI_DEFAULT + 10, acquire_thread_func, &l);
  msg("Main thread should have priority %d.  Actual priority: %d.", PRI_DEFAULT + 10,
      thread_get_priority());

  msg("Lowering base priority...");
  thread_set_priority(PRI_DEFAULT - 10);
  msg("Main thread should have priority %d.  Actual priority: %d.", PRI_DEFAULT + 10,
      thread_get_priority());
  lock_release(&l);
  msg("acquire must already have finished.");
  msg("Main thread should have priority %d.  Actual priority: %d.", PRI_DEFAULT - 10,
      thread_get_priority());
}
