/* tests/threads/priority-donate-chain.c -- a donation chain eight threads
 * long.
 *
 * main (PRI_MIN) holds lock 0.  Thread i (priority 3i) takes struct lock i, then
 * blocks on lock i-1, held by thread i-1: each new thread's priority flows
 * down the whole chain to main.  Between them, "interloper" threads one
 * priority below each donor show that each donor keeps exactly its own
 * chain's donation while it finishes. */
#include <stdio.h>

#include "threads/synch.h"
#include "threads/thread.h"
#include "tests/threads/tests.h"

#define NESTING_DEPTH 8

struct lock_pair {
  struct lock *first;   /* taken first and held (NULL for the last thread) */
  struct lock *second;  /* then waited for */
};

static void donor_thread_func(void *locks_) {
  struct lock_pair *locks = (struct lock_pair *)locks_;
  if (locks->first != NULL) lock_acquire(locks->first);
  lock_acquire(locks->second);
  msg("%s got lock", thread_name());
  lock_release(locks->second);
  msg("%s should have priority %d. Actual priority: %d", thread_name(),
      (NESTING_DEPTH - 1) * 3, thread_get_priority());
  if (locks->first != NULL) lock_release(locks->first);
  msg("%s finishing with priority %d.", thread_name(), thread_get_priority());
}

static void interloper_thread_func(void *aux UNUSED) { msg("%s finished.", thread_name()); }

void test_priority_donate_chain(void) {
  ASSERT(!thread_mlfqs);
  struct lock locks[NESTING_DEPTH - 1];
  struct lock_pair lock_pairs[NESTING_DEPTH];

  thread_set_priority(PRI_MIN);
  for (int i = 0; i < NESTING_DEPTH - 1; i++) lock_init(&locks[i]);
  lock_acquire(&locks[0]);
  msg("%s got lock.", thread_name());

  for (int i = 1; i < NESTING_DEPTH; i++) {
    int priority = PRI_MIN + i * 3;
    lock_pairs[i].first = i < NESTING_DEPTH - 1 ? &locks[i] : NULL;
    lock_pairs[i].second = &locks[i - 1];
    char name[16];
    snprintf(name, sizeof name, "thread %d", i);
    thread_create(name, priority, donor_thread_func, &lock_pairs[i]);
    msg("%s should have priority %d.  Actual priority: %d.", thread_name(), priority,
        thread_get_priority());

    snprintf(name, sizeof name, "interloper %d", i);
    thread_create(name, priority - 1, interloper_thread_func, NULL);
  }

  lock_release(&locks[0]);
  msg("%s finishing with priority %d.", thread_name(), thread_get_priority());
}
