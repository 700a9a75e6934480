/* tests/threads/priority-donate-multiple2.c -- donations through two locks
 * held by one thread, released in the other order, with a thread of lower
 * priority waiting: it runs only after both donors. */
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

static void c_thread_func(void *aux UNUSED) { msg("Thread c finished."); }

static void expect_main_priority(int expected) {
  msg("Main thread should have priority %d.  Actual priority: %d.", expected,
      thread_get_priority());
}

void test_priority_donate_multiple2(void) {
  ASSERT(!thread_mlfqs);
  ASSERT(thread_get_priority() == PRI_DEFAULT);
  struct lock a, b;
  lock_init(&a);
  lock_init(&b);
  lock_acquire(&a);
  lock_acquire(&b);

  thread_create("a", PRI_DEFAULT + 3, a_thread_func, &a);
  expect_main_priority(PRI_DEFAULT + 3);
  thread_create("c", PRI_DEFAULT + 1, c_thread_func, NULL);
  thread_create("b", PRI_DEFAULT + 5, b_thread_func, &b);
  expect_main_priority(PRI_DEFAULT + 5);

  lock_release(&a);
  expect_main_priority(PRI_DEFAULT + 5);
  lock_release(&b);
  msg("Threads b, a, c should have just finished, in that order.");
  expect_main_priority(PRI_DEFAULT);
}
