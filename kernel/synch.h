/* kernel/synch.h -- semaphores, locks and condition variables.
 *
 * Layer: kernel/, on top of the scheduler (kernel/thread.h).  The caller
 * owns each object (usually embedded in the data it guards); there is no
 * destroy step, but an object must have no waiters when its memory goes.
 *
/// SOLUTION(threads):
 * Wake-up order: every wait queue hands the resource to its highest-priority
 * waiter (effective priority at wake-up time, so donations count), FIFO
 * among equals.  Waking a thread that outranks the running one yields at
 * once (or on interrupt return, from an interrupt handler).
 *
 * Locks hand over: lock_release() with waiters makes the first of them the
 * holder before waking it, so the releaser cannot take the lock back before
 * the woken thread runs (a thread that loops "acquire, work, release" would
 * otherwise starve equal-priority waiters for as long as it runs; see
 * issue 13.3 and tests/vm-extra/swap-fair).  A free lock never has waiters.
 *
 * Priority donation (priority scheduler only, not under -mlfqs): a thread
 * blocked in lock_acquire() lends its priority to the holder, and through
 * the holder's own wait to the next holder, up to DONATION_DEPTH links.
 * The donation ends when the holder releases that lock.  Costs: a lock's
 * waiters are kept sorted (highest priority first), so the donation a lock
 * gives its holder is its first waiter's priority; acquiring, releasing and
 * donating touch only the lock in question, the donation chain and the
 * holder's held locks (not their waiters) -- O(1) when priorities are equal,
 * the common case.
/// STUB:
///  * The contracts below are what the threads project asks for: the
///  * highest-priority waiter wakes first, and a thread waiting for a lock
///  * donates its priority to the holder.  As handed out, every wait queue
///  * is first come, first served and nothing is donated.
///  *
///  * Locks hand over: lock_release() with waiters makes one of them the
///  * holder before waking it.  A free lock never has waiters.
/// END
 *
 * Lock rules: all state here is guarded by interrupts being off. */
#ifndef KERNEL_SYNCH_H
#define KERNEL_SYNCH_H

#include <list.h>
#include <stdbool.h>

struct thread;

/// SOLUTION(threads):
/* Maximum length of a donation chain that is followed. */
constexpr int DONATION_DEPTH = 8;

/// END
struct semaphore {
  unsigned value;   /* guarded by interrupts off */
  list waiters;     /* blocked threads (thread.elem), unordered */
};

/* Initialises SEMA to VALUE. */
void sema_init(semaphore *sema, unsigned value);
/* Waits until the value is positive, then decrements it.  May sleep: not
 * from interrupt context. */
void sema_down(semaphore *sema);
/* Decrements the value if positive.  Returns true on success.  Never
 * sleeps; any context. */
bool sema_try_down(semaphore *sema);
/* Increments the value and wakes the highest-priority waiter, yielding if
 * it outranks the caller.  Any context (an interrupt handler yields on
 * return). */
void sema_up(semaphore *sema);
/* Ping-pong between two threads through two semaphores; prints progress. */
void sema_self_test(void);

struct lock {
  thread *holder;        /* NULL when free; guarded by interrupts off */
  /// SOLUTION(threads):
  list waiters;          /* threads blocked in lock_acquire (thread.elem),
                            highest effective priority first, FIFO among
                            equals; empty while the lock is free */
  list_elem holder_elem; /* in holder->held_locks while held */
  /// STUB:
  /// list waiters;          /* threads blocked in lock_acquire (thread.elem) */
  /// list_elem holder_elem; /* free for your use (kernel/pintos-api fixes the layout) */
  /// END
};

void lock_init(lock *lock);
/* Acquires LOCK, sleeping until it is free; donates priority meanwhile.
 * The caller must not hold it already.  May sleep. */
void lock_acquire(lock *lock);
/* Acquires LOCK if free.  Returns true on success.  Never sleeps. */
bool lock_try_acquire(lock *lock);
/* Releases LOCK, which the caller holds; gives back donations received
 * through it.  If threads wait, the first of them becomes the holder and
 * is woken (yielding to it if it outranks the caller). */
void lock_release(lock *lock);
/* True if the running thread holds LOCK. */
bool lock_held_by_current_thread(const lock *lock);
/// SOLUTION(threads):
/* For the scheduler: T, blocked in lock_acquire() on T->waiting_on, has a
 * new effective priority; moves it to its place among that lock's
 * waiters.  Interrupts off. */
void lock_reorder_waiter(thread *t);
/* The priority LOCK's waiters donate to its holder: the first waiter's
 * effective priority, or PRI_MIN if none wait.  Interrupts off. */
int lock_donation(lock *lock);
/// END

struct condition {
  list waiters; /* one waiter record per cond_wait() call */
};

void cond_init(condition *cond);
/* Atomically releases LOCK (held by the caller) and waits for a signal,
 * then reacquires LOCK.  Mesa semantics: recheck the condition.  Sleeps. */
void cond_wait(condition *cond, lock *lock);
/* Wakes the highest-priority waiter of COND, if any.  The caller holds
 * LOCK. */
void cond_signal(condition *cond, lock *lock);
/* Wakes every waiter of COND.  The caller holds LOCK. */
void cond_broadcast(condition *cond, lock *lock);

/* RAII: holds a lock for a scope.
 *     { lock_guard guard(&table_lock); ...critical section... } */
class lock_guard {
 public:
  explicit lock_guard(lock *l) : lock_(l) { lock_acquire(lock_); }
  ~lock_guard() { lock_release(lock_); }
  lock_guard(const lock_guard &) = delete;
  lock_guard &operator=(const lock_guard &) = delete;

 private:
  lock *lock_;
};

/* RAII: downs a semaphore for a scope and ups it at the end (a counting
 * "slot" such as a bounded number of users of a device). */
class sema_guard {
 public:
  explicit sema_guard(semaphore *s) : sema_(s) { sema_down(sema_); }
  ~sema_guard() { sema_up(sema_); }
  sema_guard(const sema_guard &) = delete;
  sema_guard &operator=(const sema_guard &) = delete;

 private:
  semaphore *sema_;
};

/* Compiler barrier: stops the optimiser reordering memory accesses across
 * it (the busy-wait loops of the timer need it). */
#define barrier() asm volatile("" : : : "memory")

#endif /* KERNEL_SYNCH_H */
