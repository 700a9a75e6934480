/* kernel/synch.cc -- semaphores, locks with priority donation, condition
 * variables.
 *
 * Layer: kernel/, on the scheduler's primitives thread_block(),
 * thread_unblock() and thread_preempt().  See kernel/synch.h for the
 * wake-up order and the donation rules.
 *
 * Why wait queues are unordered: a waiter's effective priority can change
 * while it waits (a donation reaches it through a chain), so a list sorted
 * at insertion time would go stale.  Instead the waker scans for the
 * highest priority, taking the earliest among equals (FIFO).  Queues are
 * short; the scan is O(waiters).
 *
 * Donation bookkeeping: thread.waiting_on names the lock a thread is
 * blocked on, lock.holder its holder; following the two alternately walks
 * a donation chain.  A thread's effective priority is recomputed from
 * scratch (base priority, waiters of every lock it holds) whenever it
 * releases a lock or changes its base priority, so a donation received
 * through one lock ends exactly when that lock is released.
 *
 * Lock rules: all state is guarded by interrupts off (single CPU). */
#include "kernel/synch.h"

#include <debug.h>
#include <stdio.h>

#include "arch/x86_64/interrupt.h"
#include "kernel/thread.h"

namespace {

/* The waiter of SEMA with the highest priority (earliest among equals).
 * SEMA has waiters; interrupts off. */
thread *highest_waiter(semaphore *sema) {
  thread *best = nullptr;
  for (list_elem *e = list_begin(&sema->waiters); e != list_end(&sema->waiters); e = list_next(e)) {
    thread *t = list_entry(e, thread, elem);
    if (best == nullptr || t->priority > best->priority) best = t;
  }
  return best;
}

/* Lends DONOR's priority along its chain of waits: to the holder of the
 * lock it waits on, and on to whatever that holder waits on, at most
 * DONATION_DEPTH links.  Interrupts off. */
void donate_along_chain(thread *donor) {
  thread *t = donor;
  for (int depth = 0; depth < DONATION_DEPTH; depth++) {
    if (t->waiting_on == nullptr) break;
    thread *holder = t->waiting_on->holder;
    if (holder == nullptr || holder->priority >= t->priority) break;
    thread_set_effective_priority(holder, t->priority);
    t = holder;
  }
}

}  // namespace

/* ---- Semaphores. ---- */

void sema_init(semaphore *sema, unsigned value) {
  ASSERT(sema != nullptr);
  sema->value = value;
  list_init(&sema->waiters);
}

void sema_down(semaphore *sema) {
  ASSERT(sema != nullptr);
  ASSERT(!intr_context());
  interrupts_off off;
  while (sema->value == 0) {
    list_push_back(&sema->waiters, &thread_current()->elem);
    thread_block();
  }
  sema->value--;
}

bool sema_try_down(semaphore *sema) {
  ASSERT(sema != nullptr);
  interrupts_off off;
  if (sema->value == 0) return false;
  sema->value--;
  return true;
}

void sema_up(semaphore *sema) {
  ASSERT(sema != nullptr);
  interrupts_off off;
  bool woke = false;
  if (!list_empty(&sema->waiters)) {
    thread *t = highest_waiter(sema);
    list_remove(&t->elem);
    thread_unblock(t);
    woke = true;
  }
  sema->value++;
  if (woke) thread_preempt();
}

namespace {
void sema_test_helper(void *sema_) {
  semaphore *sema = (semaphore *)sema_;
  for (int i = 0; i < 10; i++) {
    sema_down(&sema[0]);
    sema_up(&sema[1]);
  }
}
}  // namespace

void sema_self_test(void) {
  semaphore sema[2];
  printf("Testing semaphores...");
  sema_init(&sema[0], 0);
  sema_init(&sema[1], 0);
  thread_create("sema-test", PRI_DEFAULT, sema_test_helper, &sema);
  for (int i = 0; i < 10; i++) {
    sema_up(&sema[0]);
    sema_down(&sema[1]);
  }
  printf("done.\n");
}

/* ---- Locks. ---- */

void lock_init(lock *l) {
  ASSERT(l != nullptr);
  l->holder = nullptr;
  sema_init(&l->sema, 1);
}

void lock_acquire(lock *l) {
  ASSERT(l != nullptr);
  ASSERT(!intr_context());
  ASSERT(!lock_held_by_current_thread(l));
  interrupts_off off;
  thread *cur = thread_current();
  /* sema_down(), except that each time the lock is found taken we lend our
   * priority to its holder before sleeping.  Donating on every pass, not
   * once, also covers a thread that took the lock between our wake-up and
   * our running. */
  while (l->sema.value == 0) {
    if (!thread_mlfqs) {
      cur->waiting_on = l;
      donate_along_chain(cur);
    }
    list_push_back(&l->sema.waiters, &cur->elem);
    thread_block();
  }
  l->sema.value--;
  cur->waiting_on = nullptr;
  l->holder = cur;
  list_push_back(&cur->held_locks, &l->holder_elem);
  /* Threads still queued on L now donate to us. */
  if (!thread_mlfqs) thread_refresh_priority(cur);
}

bool lock_try_acquire(lock *l) {
  ASSERT(l != nullptr);
  ASSERT(!lock_held_by_current_thread(l));
  interrupts_off off;
  if (!sema_try_down(&l->sema)) return false;
  thread *cur = thread_current();
  l->holder = cur;
  list_push_back(&cur->held_locks, &l->holder_elem);
  /* Threads still queued on L (a release wakes only one) donate to us. */
  if (!thread_mlfqs) thread_refresh_priority(cur);
  return true;
}

void lock_release(lock *l) {
  ASSERT(l != nullptr);
  ASSERT(lock_held_by_current_thread(l));
  interrupts_off off;
  thread *cur = thread_current();
  l->holder = nullptr;
  list_remove(&l->holder_elem);
  if (!thread_mlfqs) thread_refresh_priority(cur);
  sema_up(&l->sema); /* may yield to the waiter it wakes */
}

bool lock_held_by_current_thread(const lock *l) {
  ASSERT(l != nullptr);
  return l->holder == thread_current();
}

/* ---- Condition variables. ---- */

namespace {
/* One cond_wait() call, on the waiter's stack. */
struct cond_waiter {
  list_elem elem;     /* in condition.waiters; guarded by the monitor lock */
  semaphore wakeup;   /* upped once by cond_signal/broadcast */
  thread *waiter;     /* whose priority decides the order */
};
}  // namespace

void cond_init(condition *cond) {
  ASSERT(cond != nullptr);
  list_init(&cond->waiters);
}

void cond_wait(condition *cond, lock *l) {
  ASSERT(cond != nullptr && l != nullptr);
  ASSERT(!intr_context());
  ASSERT(lock_held_by_current_thread(l));
  cond_waiter w;
  sema_init(&w.wakeup, 0);
  w.waiter = thread_current();
  list_push_back(&cond->waiters, &w.elem);
  lock_release(l);
  sema_down(&w.wakeup);
  lock_acquire(l);
}

void cond_signal(condition *cond, lock *l) {
  ASSERT(cond != nullptr && l != nullptr);
  ASSERT(!intr_context());
  ASSERT(lock_held_by_current_thread(l));
  if (list_empty(&cond->waiters)) return;
  cond_waiter *best = nullptr;
  {
    interrupts_off off; /* priorities change under interrupts-off only */
    for (list_elem *e = list_begin(&cond->waiters); e != list_end(&cond->waiters); e = list_next(e)) {
      cond_waiter *w = list_entry(e, cond_waiter, elem);
      if (best == nullptr || w->waiter->priority > best->waiter->priority) best = w;
    }
  }
  list_remove(&best->elem);
  sema_up(&best->wakeup);
}

void cond_broadcast(condition *cond, lock *l) {
  ASSERT(cond != nullptr && l != nullptr);
  while (!list_empty(&cond->waiters)) cond_signal(cond, l);
}
