/* tests/threads/priority-donate-multiple.c -- donations through two
 * different locks held by one thread; releasing one lock gives back exactly
 * the donation that came through it. */
#include "threads/synch.h"
#include "threads/thread.h"
#include "tests/threads/tests.h"

static void a_thread_func(void *lock_) {
  struct lock *l = (struct lock *)lock_;
  lock_acquire(l);
  msg("Thread a acquired lock a.");
  lock_release(l);
  msg("Thread a finished.");
}

static void b_thread_func(void *lock_) {
  struct lock *l = (struct lock *)lock_;
  lock_acquire(l);
  msg("Thread b acquired lock b.");
  lock_release(l);
  msg("Thread b finished.");
}

static void expect_main_priority(int expected) {
  msg("Main thread should have priority %d.  Actual priority: %d.", expected,
      thread_get_priority());
}

void test_priority_donate_multiple(void) {
  ASSERT(!thread_mlfqs);
  ASSERT(thread_get_priority() == PRI_DEFAULT);
  struct lock a, b;
  lock_init(&a);
  lock_init(&b);
  lock_acquire(&a);
  lock_acquire(&b);

  thread_create("a", PRI_DEFAULT + 1, a_thread_func, &a);
  expect_main_priority(PRI_DEFAULT + 1);
  thread_create("b", PRI_DEFAULT + 2, b_thread_func, &b);
  expect_main_priority(PRI_DEFAULT + 2);

  lock_release(&b);
  msg("Thread b should have just finished.");
  expect_main_priority(PRI_DEFAULT + 1);
  lock_release(&a);
  msg("Thread a should have just finished.");
  expect_main_priority(PRI_DEFAULT);
}
