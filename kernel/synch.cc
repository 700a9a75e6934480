/* kernel/synch.cc -- semaphores, locks with priority donation, condition
 * variables.
 *
 * Layer: kernel/, on the scheduler's primitives thread_block(),
 * thread_unblock() and thread_preempt().  See kernel/synch.h for the
/// SOLUTION(threads):
 * wake-up order and the donation rules.
 *
 * Semaphore and condition-variable queues are unordered: the waker scans
 * for the highest priority, taking the earliest among equals (FIFO).  A
 * semaphore's waiters can have their priority raised while they wait, and
 * its queues are short, so the O(waiters) scan at wake-up is the simple
 * exact answer.
 *
 * Lock queues are sorted instead (highest first, FIFO among equals), since
 * donation needs the highest waiter of every lock a thread holds, often:
 *   - a new waiter is inserted from the back, passing only the waiters of
 *     lower priority (none when all priorities are equal);
 *   - a waiter whose priority changes while it waits (a donation reaching
 *     it along a chain, or the MLFQS recomputing it) is moved to its new
 *     place by lock_reorder_waiter(), which the scheduler calls;
 *   - release takes the first waiter.
 *
 * Donation bookkeeping: thread.waiting_on names the lock a thread is
 * blocked on, lock.holder its holder; following the two alternately walks
 * a donation chain, raising each holder to the donor's priority (never
 * lowering: a waiting thread's priority only grows, its own donors being
 * blocked behind it).  A holder's effective priority is max(base priority,
 * lock_donation() of each lock it holds); it is recomputed from those held
 * locks (their first waiters only) when it releases a lock while above its
 * base priority, or changes its base priority.
/// STUB:
///  * contracts.  Every wait queue here is first come, first served.
/// END
 *
 * Lock rules: all state is guarded by interrupts off (single CPU). */
#include "kernel/synch.h"

#include <debug.h>
#include <stdio.h>

#include "arch/x86_64/interrupt.h"
#include "kernel/thread.h"

/// SOLUTION(threads):
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

/* Inserts T into the sorted waiter list of lock L: after every waiter of
 * at least its priority.  Scans from the back, so equal priorities cost
 * O(1).  Interrupts off. */
void insert_waiter(lock *l, thread *t) {
  list_elem *e = list_rbegin(&l->waiters);
  while (e != list_rend(&l->waiters) && list_entry(e, thread, elem)->priority < t->priority)
    e = list_prev(e);
  list_insert(list_next(e), &t->elem);
}

/* Makes T the holder of L.  Interrupts off. */
void take_lock(lock *l, thread *t) {
  l->holder = t;
  list_push_back(&t->held_locks, &l->holder_elem);
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
/// END

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
    /// SOLUTION(threads): wake the waiter of highest priority.
    thread *t = highest_waiter(sema);
    list_remove(&t->elem);
    /// STUB:
    /// thread *t = list_entry(list_pop_front(&sema->waiters), thread, elem);
    /// END
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
  list_init(&l->waiters);
}

void lock_acquire(lock *l) {
  ASSERT(l != nullptr);
  ASSERT(!intr_context());
  ASSERT(!lock_held_by_current_thread(l));
  interrupts_off off;
  thread *cur = thread_current();
  /// SOLUTION(threads): priority donation: a thread that must wait lends
  /// its priority to the holder (and on along a chain of waits, nested
  /// donation); the waiter of highest priority gets the lock first.
  if (l->holder == nullptr) {
    ASSERT(list_empty(&l->waiters));
    take_lock(l, cur);
    return;
  }
  cur->waiting_on = l;
  insert_waiter(l, cur);
  if (!thread_mlfqs) donate_along_chain(cur);
  thread_block();
  /// STUB:
  /// if (l->holder == nullptr) {
  ///   ASSERT(list_empty(&l->waiters));
  ///   l->holder = cur;
  ///   return;
  /// }
  /// list_push_back(&l->waiters, &cur->elem);
  /// thread_block();
  /// END
  /* lock_release() made us the holder (and gave us the donations of the
   * waiters still queued) before waking us. */
  /// SOLUTION(threads):
  ASSERT(l->holder == cur && cur->waiting_on == nullptr);
  /// STUB:
  /// ASSERT(l->holder == cur);
  /// END
}

bool lock_try_acquire(lock *l) {
  ASSERT(l != nullptr);
  ASSERT(!lock_held_by_current_thread(l));
  interrupts_off off;
  if (l->holder != nullptr) return false;
  /// SOLUTION(threads):
  take_lock(l, thread_current());
  /// STUB:
  /// l->holder = thread_current();
  /// END
  return true;
}

void lock_release(lock *l) {
  ASSERT(l != nullptr);
  ASSERT(lock_held_by_current_thread(l));
  interrupts_off off;
  /// SOLUTION(threads): give back the priority donated through this lock,
  /// then hand it to the waiter of highest priority (which now receives
  /// the donations of the waiters behind it) and yield to it if it
  /// outranks the running thread.
  thread *cur = thread_current();
  list_remove(&l->holder_elem);
  /* Give back what L's waiters lent.  At base priority nothing was lent. */
  if (!thread_mlfqs && cur->priority > cur->base_priority) thread_refresh_priority(cur);
  if (list_empty(&l->waiters)) {
    l->holder = nullptr;
    return;
  }
  /* Hand over to the first waiter; the ones behind it now donate to it. */
  thread *next = list_entry(list_pop_front(&l->waiters), thread, elem);
  next->waiting_on = nullptr;
  take_lock(l, next);
  if (!thread_mlfqs && lock_donation(l) > next->priority)
    thread_set_effective_priority(next, lock_donation(l));
  thread_unblock(next);
  thread_preempt();
  /// STUB:
  /// if (list_empty(&l->waiters)) {
  ///   l->holder = nullptr;
  ///   return;
  /// }
  /// /* Hand over to the waiter that came first. */
  /// thread *next = list_entry(list_pop_front(&l->waiters), thread, elem);
  /// l->holder = next;
  /// thread_unblock(next);
  /// END
}

bool lock_held_by_current_thread(const lock *l) {
  ASSERT(l != nullptr);
  return l->holder == thread_current();
}

/// SOLUTION(threads):
void lock_reorder_waiter(thread *t) {
  ASSERT(intr_get_level() == INTR_OFF);
  ASSERT(t->status == THREAD_BLOCKED && t->waiting_on != nullptr);
  list_remove(&t->elem);
  insert_waiter(t->waiting_on, t);
}

int lock_donation(lock *l) {
  ASSERT(intr_get_level() == INTR_OFF);
  if (list_empty(&l->waiters)) return PRI_MIN;
  return list_entry(list_front(&l->waiters), thread, elem)->priority;
}
/// END

/* ---- Condition variables. ---- */

namespace {
/* One cond_wait() call, on the waiter's stack. */
struct cond_waiter {
  list_elem elem;     /* in condition.waiters; guarded by the monitor lock */
  semaphore wakeup;   /* upped once by cond_signal/broadcast */
  /// SOLUTION(threads):
  thread *waiter;     /* whose priority decides the order */
  /// END
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
  /// SOLUTION(threads):
  w.waiter = thread_current();
  /// END
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
  /// SOLUTION(threads): wake the waiter of highest priority.
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
  /// STUB:
  /// cond_waiter *first = list_entry(list_pop_front(&cond->waiters), cond_waiter, elem);
  /// sema_up(&first->wakeup);
  /// END
}

void cond_broadcast(condition *cond, lock *l) {
  ASSERT(cond != nullptr && l != nullptr);
  while (!list_empty(&cond->waiters)) cond_signal(cond, l);
}
