/* kernel/thread.h -- kernel threads and the scheduler.
 *
/// SOLUTION(threads):
 * Layer: kernel/.  Owns every struct thread, the ready queues, the list of
 * all threads, tid allocation and the scheduling policy (priority scheduling
 * with donation, or the MLFQS when booted with -mlfqs).
/// STUB:
///  * Layer: kernel/.  Owns every struct thread, the ready list, the list of
///  * all threads, tid allocation and the scheduling policy.
/// END
 *
 * A thread lives in its own 8 KiB kernel stack, two pages from
 * palloc_get_multiple(PAL_ZERO, 2), which palloc aligns to 8 KiB:
 *
 *     base + 8 KiB  +---------------------------+
 *                   |      kernel stack         |
 *                   |            |              |
 *                   |            v  grows down  |
 *                   |                           |
 *                   | magic (THREAD_MAGIC)      |  <- overwritten first by
 *                   | ...                       |     a stack overflow
 *     base          | struct thread             |
 *                   +---------------------------+
 *
 * so thread_current() is rsp rounded down to 8 KiB, and a stack that grows
 * into struct thread destroys `magic`, which thread_current() asserts.
 *
 * Life cycle: thread_create() -> READY -> RUNNING <-> READY (yield,
 * preemption) / BLOCKED (thread_block, woken by thread_unblock) -> DYING
 * (thread_exit); the next thread to run frees the dying thread's pages in
 * thread_schedule_tail(), once nothing runs on that stack any more.  The
 * initial thread "main" lives on the boot stack and is never freed.
 *
/// SOLUTION(threads):
 * Locking: single CPU; every scheduler structure (ready queues, all_list,
 * sleep list, donation links, MLFQS values) is guarded by interrupts being
 * off.  No function here may be called from an interrupt handler unless it
 * says so. */
/// STUB:
///  * Locking: single CPU; every scheduler structure (the ready list,
///  * all_list) is guarded by interrupts being off.  No function here may be
///  * called from an interrupt handler unless it says so. */
/// END
#ifndef KERNEL_THREAD_H
#define KERNEL_THREAD_H

#include <debug.h>
/// SOLUTION(threads):
#include <fixed_point.h>
/// END
#include <list.h>
#include <stdint.h>

enum thread_status {
  THREAD_RUNNING, /* the thread on the CPU (exactly one) */
  THREAD_READY,   /* in a ready queue, waiting for the CPU */
  THREAD_BLOCKED, /* waiting for an event; thread_unblock() makes it READY */
  THREAD_DYING    /* exited; its pages go in the next schedule tail */
};

typedef int tid_t;
#define TID_ERROR ((tid_t)-1)

/* Priorities: higher runs first. */
constexpr int PRI_MIN = 0;
constexpr int PRI_DEFAULT = 31;
constexpr int PRI_MAX = 63;

/* MLFQS niceness. */
constexpr int NICE_MIN = -20;
constexpr int NICE_MAX = 20;

/* Thread stacks are this many pages, at a THREAD_STACK_SIZE boundary. */
constexpr int THREAD_STACK_PAGES = 2;
constexpr uint64_t THREAD_STACK_SIZE = THREAD_STACK_PAGES * 4096;

/// SOLUTION(threads):
struct lock;

/// END
struct thread {
  /* ---- Owned by kernel/thread.cc; guarded by interrupts off. ---- */
  tid_t tid;
  thread_status status;
  char name[16];              /* for debugging and the tests' messages */
  uint64_t saved_rsp;         /* context while not running (kernel/switch.S) */

  /// SOLUTION(threads): the fields a thread needs for the alarm clock, for
  /// priority donation and for the MLFQS (nice, recent_cpu).
  int priority;               /* effective: max(base, donations), or MLFQS */
  int base_priority;          /* what thread_set_priority() asked for */

  /* Priority donation (kernel/synch.cc; off under MLFQS). */
  lock *waiting_on;           /* the lock this thread is blocked on in
                                 lock_acquire(), or NULL (set in both
                                 scheduler modes; donation only without
                                 -mlfqs) */
  list held_locks;            /* locks this thread holds (lock.holder_elem) */

  /* MLFQS. */
  int nice;
  fixed recent_cpu;

  /* Alarm clock (devices/timer.cc): wake-up time while on the sleep list. */
  int64_t wakeup_tick;

  list_elem elem;             /* a ready queue, a semaphore's waiters or the sleep list */
  /// STUB:
  /// int priority;               /* PRI_MIN..PRI_MAX, higher runs first */
///
  /// list_elem elem;             /* the ready list or a semaphore's waiters */
  /// END
  list_elem all_elem;         /* all_list */

  /* ---- The process this thread runs, if any: userprog/'s record, opaque
   *      here.  The scheduler only tells process threads from kernel
   *      threads by it (tick statistics); what a switch or an exit means
   *      for a process is the process hooks' business (below). ---- */
  void *process;              /* userprog's per-process record, or NULL */

  /* ---- Must stay last: a stack overflow reaches it first. ---- */
  uint32_t magic;             /* THREAD_MAGIC */
};

constexpr uint32_t THREAD_MAGIC = 0x7468726d; /* "thrm" */

/* The struct thread at the bottom of the stack we are running on. */
inline thread *thread_on_this_stack(void) {
  uint64_t rsp;
  asm("movq %%rsp, %0" : "=g"(rsp));
  return (thread *)(rsp & ~(THREAD_STACK_SIZE - 1));
}

/* False (default): priority scheduler with donation.  True (-mlfqs): the
 * multi-level feedback queue scheduler.  Set before thread_init(). */
extern bool thread_mlfqs;

/* Makes the running code (on boot_stack, interrupts off) the thread "main".
 * Call once, before anything else here. */
void thread_init(void);
/* Creates the idle thread and turns interrupts on (preemption starts). */
void thread_start(void);

/* Timer interrupt, once per tick (interrupt context): statistics, MLFQS
 * bookkeeping, and time-slice preemption via intr_yield_on_return(). */
void thread_tick(void);
/* Prints "Thread: N idle ticks, N kernel ticks, N user ticks". */
void thread_print_stats(void);

typedef void thread_func(void *aux);
/* Creates a thread NAME with PRIORITY that runs FUNCTION(AUX), and makes it
 * ready; yields at once if it outranks the caller.  Returns its tid, or
 * TID_ERROR when out of memory (nothing is leaked).  May sleep (yield); not
 * from interrupt context. */
tid_t thread_create(const char *name, int priority, thread_func *function, void *aux);

/* Puts the running thread to sleep until thread_unblock().  Interrupts must
 * be off; the caller has recorded where it waits. */
void thread_block(void);
/* Makes the BLOCKED thread T ready.  Does not preempt (so the caller may
 * unblock atomically with other updates); see thread_preempt().  Any
 * context, interrupts on or off. */
void thread_unblock(thread *t);
/* Yields if a ready thread outranks the running one; from an interrupt
 * handler, asks for the yield on return instead.  Any context. */
void thread_preempt(void);

/* The running thread.  Inline: locks, malloc and the cache ask for it on
 * every call (out of line it was a fifth of an uncontended lock's cost). */
inline thread *thread_current(void) {
  thread *t = thread_on_this_stack();
  /* A failure here usually means a kernel stack overflow ran into struct
   * thread (or rsp is not on a thread stack at all). */
  ASSERT(t->magic == THREAD_MAGIC);
  ASSERT(t->status == THREAD_RUNNING);
  return t;
}
tid_t thread_tid(void);
const char *thread_name(void);

/* Ends the running thread; never returns.  Not from interrupt context. */
[[noreturn]] void thread_exit(void);
/* Gives up the CPU; the thread stays ready and may run again at once.  Not
 * from interrupt context (the interrupt code calls it after the handler). */
void thread_yield(void);

/* Calls FUNC(T, AUX) for every thread.  Interrupts must be off. */
typedef void thread_action_func(thread *t, void *aux);
void thread_foreach(thread_action_func *func, void *aux);

/* The process layer (userprog/) above the scheduler: what must happen for
 * a process when its thread is switched to and when it exits.  The
 * scheduler knows no processes; userprog registers these once at boot.
 * Before that (and with no hooks at all, as in a kernel without user
 * programs) switches and exits concern threads only. */
struct thread_process_hooks {
  /* On every switch, for NEXT, the thread about to run (kernel thread or
   * not), on NEXT's stack with interrupts off; must not sleep.  E.g. load
   * NEXT's page table. */
  void (*activate)(thread *next);
  /* From thread_exit(), in the exiting thread T (the running one), with
   * interrupts on, before it stops running; may sleep.  E.g. print the
   * exit line and release T's process. */
  void (*exit)(thread *t);
};
/* Registers HOOKS (static storage, never changed afterwards).  Call once
 * at boot, before the first process. */
void thread_set_process_hooks(const thread_process_hooks *hooks);

/* Priority: the effective priority (with donations).  set_priority changes
 * the base priority (ignored under MLFQS) and yields if the caller no longer
 * has the highest priority. */
int thread_get_priority(void);
void thread_set_priority(int new_priority);

/* MLFQS: nice in [-20, 20]; load_avg and recent_cpu returned times 100,
 * rounded to the nearest integer. */
int thread_get_nice(void);
void thread_set_nice(int nice);
int thread_get_recent_cpu(void);
int thread_get_load_avg(void);
/// SOLUTION(threads):

/* Donation support for kernel/synch.cc (interrupts off, priority mode):
 * recomputes T's effective priority as the largest of its base priority
 * and lock_donation() of each lock it holds (O(locks held)), requeueing T
 * if it is ready. */
void thread_refresh_priority(thread *t);
/* Sets T's effective priority to PRIORITY: requeues T if it is ready, or
 * moves it among its lock's waiters if it is blocked in lock_acquire().
 * Interrupts off. */
void thread_set_effective_priority(thread *t, int priority);
/// END

#endif /* KERNEL_THREAD_H */
