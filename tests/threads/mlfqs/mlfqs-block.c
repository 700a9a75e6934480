/* tests/threads/mlfqs-block.c -- a thread blocked on a lock still has its
 * recent_cpu decay: after the main thread spins with the lock, the blocked
 * thread outranks it and gets the lock as soon as it is released. */
#include "devices/timer.h"
#include "threads/synch.h"
#include "threads/thread.h"
#include "tests/threads/tests.h"

static void block_thread(void *lock_) {
  struct lock *l = (struct lock *)lock_;
  msg("Block thread spinning for 20 seconds...");
  int64_t start_time = timer_ticks();
  while (timer_elapsed(start_time) < 20 * TIMER_FREQ) continue;
  msg("Block thread acquiring lock...");
  lock_acquire(l);
  msg("...got it.");
  lock_release(l);
}

void test_mlfqs_block(void) {
  ASSERT(thread_mlfqs);
  msg("Main thread acquiring lock.");
  struct lock l;
  lock_init(&l);
  lock_acquire(&l);

  msg("Main thread creating block thread, sleeping 25 seconds...");
  thread_create("block", PRI_DEFAULT, block_thread, &l);
  timer_sleep(25 * TIMER_FREQ);

  msg("Main thread spinning for 5 seconds...");
  int64_t start_time = timer_ticks();
  while (timer_elapsed(start_time) < 5 * TIMER_FREQ) continue;

  msg("Main thread releasing lock.");
  lock_release(&l);
  msg("Block thread should have already acquired lock.");
}
