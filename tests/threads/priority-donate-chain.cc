/* tests/threads/priority-donate-chain.cc -- a donation chain eight threads
 * long.
 *
 * main (PRI_MIN) holds lock 0.  Thread i (priority 3i) takes lock i, then
 * blocks on lock i-1, held by thread i-1: each new thread's priority flows
 * down the whole chain to main.  Between them, "interloper" threads one
 * priority below each donor show that each donor keeps exactly its own
 * chain's donation while it finishes. */
#include <stdio.h>

#include "kernel/synch.h"
#include "kernel/thread.h"
#include "tests/threads/tests.h"

namespace {

constexpr int NESTING_DEPTH = 8;

struct lock_pair {
  lock *first;   /* taken first and held (NULL for the last thread) */
  lock *second;  /* then waited for */
};

void donor_thread_func(void *locks_) {
  lock_pair *locks = (lock_pair *)locks_;
  if (locks->first != nullptr) lock_acquire(locks->first);
  lock_acquire(locks->second);
  msg("%s got lock", thread_name());
  lock_release(locks->second);
  msg("%s should have priority %d. Actual priority: %d", thread_name(),
      (NESTING_DEPTH - 1) * 3, thread_get_priority());
  if (locks->first != nullptr) lock_release(locks->first);
  msg("%s finishing with priority %d.", thread_name(), thread_get_priority());
}

void interloper_thread_func(void *aux UNUSED) { msg("%s finished.", thread_name()); }

void test_priority_donate_chain(void) {
  ASSERT(!thread_mlfqs);
  lock locks[NESTING_DEPTH - 1];
  lock_pair lock_pairs[NESTING_DEPTH];

  thread_set_priority(PRI_MIN);
  for (lock &l : locks) lock_init(&l);
  lock_acquire(&locks[0]);
  msg("%s got lock.", thread_name());

  for (int i = 1; i < NESTING_DEPTH; i++) {
    int priority = PRI_MIN + i * 3;
    lock_pairs[i].first = i < NESTING_DEPTH - 1 ? &locks[i] : nullptr;
    lock_pairs[i].second = &locks[i - 1];
    char name[16];
    snprintf(name, sizeof name, "thread %d", i);
    thread_create(name, priority, donor_thread_func, &lock_pairs[i]);
    msg("%s should have priority %d.  Actual priority: %d.", thread_name(), priority,
        thread_get_priority());

    snprintf(name, sizeof name, "interloper %d", i);
    thread_create(name, priority - 1, interloper_thread_func, nullptr);
  }

  lock_release(&locks[0]);
  msg("%s finishing with priority %d.", thread_name(), thread_get_priority());
}

}  // namespace

THREADS_TEST("priority-donate-chain", test_priority_donate_chain);
