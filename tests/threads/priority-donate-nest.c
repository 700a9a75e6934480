/* tests/threads/priority-donate-nest.c -- a donation passes through a
 * thread that is itself blocked: high waits on medium, which waits on the
 * main thread ("low"), so low runs at high's priority. */
#include "threads/synch.h"
#include "threads/thread.h"
#include "tests/threads/tests.h"

struct lock_pair {
  struct lock *a;
  struct lock *b;
};

static void medium_thread_func(void *locks_) {
  struct lock_pair *locks = (struct lock_pair *)locks_;
  lock_acquire(locks->b);
  lock_acquire(locks->a);
  msg("Medium thread should have priority %d.  Actual priority: %d.", PRI_DEFAULT + 2,
      thread_get_priority());
  msg("Medium thread got the lock.");
  lock_release(locks->a);
  thread_yield();
  lock_release(locks->b);
  thread_yield();
  msg("High thread should have just finished.");
  msg("Middle thread finished.");
}

static void high_thread_func(void *lock_) {
  struct lock *l = (struct lock *)lock_;
  lock_acquire(l);
  msg("High thread got the lock.");
  lock_release(l);
  msg("High thread finished.");
}

void test_priority_donate_nest(void) {
  ASSERT(!thread_mlfqs);
  ASSERT(thread_get_priority() == PRI_DEFAULT);
  struct lock a, b;
  lock_init(&a);
  lock_init(&b);
  lock_acquire(&a);

  struct lock_pair locks = {&a, &b};
  thread_create("medium", PRI_DEFAULT + 1, medium_thread_func, &locks);
  thread_yield();
  msg("Low thread should have priority %d.  Actual priority: %d.", PRI_DEFAULT + 1,
      thread_get_priority());

  thread_create("high", PRI_DEFAULT + 2, high_thread_func, &b);
  thread_yield();
  msg("Low thread should have priority %d.  Actual priority: %d.", PRI_DEFAULT + 2,
      thread_get_priority());

  lock_release(&a);
  thread_yield();
  msg("Medium thread should just have finished.");
  msg("Low thread should have priority %d.  Actual priority: %d.", PRI_DEFAULT,
      thread_get_priority());
}
