/* tests/threads/priority-donate-one.c -- two threads donate to the holder
 * of one lock; on release the higher donor gets the lock first. */
#include "threads/synch.h"
#include "threads/thread.h"
#include "tests/threads/tests.h"

static void acquire1_thread_func(void *lock_) {
  struct lock *l = (struct lock *)lock_;
  lock_acquire(l);
  msg("acquire1: got the lock");
  lock_release(l);
  msg("acquire1: done");
}

static void acquire2_thread_func(void *lock_) {
  struct lock *l = (struct lock *)lock_;
  lock_acquire(l);
  msg("acquire2: got the lock");
  lock_release(l);
  msg("acquire2: done");
}

void test_priority_donate_one(void) {
  ASSERT(!thread_mlfqs);
  ASSERT(thread_get_priority() == PRI_DEFAULT);
  struct lock l;
  lock_init(&l);
  lock_acquire(&l);
  thread_create("acquire1", PRI_DEFAULT + 1, acquire1_thread_func, &l);
  msg("This thread should have priority %d.  Actual priority: %d.", PRI_DEFAULT + 1,
      thread_get_priority());
  thread_create("acquire2", PRI_DEFAULT + 2, acquire2_thread_func, &l);
  msg("This thread should have priority %d.  Actual priority: %d.", PRI_DEFAULT + 2,
      thread_get_priority());
  lock_release(&l);
  msg("acquire2, acquire1 must already have finished, in that order.");
  msg("This should be the last line before finishing this test.");
}
