/* kernel/thread.cc -- thread life cycle, the ready threads and the scheduler.
/// SOLUTION(threads):
 *
 * Layer: kernel/.  See kernel/thread.h for the stack layout and the life
 * cycle.  This file owns:
 *   - the ready queues: one FIFO list per priority (64) plus a bit mask of
 *     the non-empty ones, so picking the next thread is a find-first-set and
 *     moving a thread to another priority is O(1).  A sorted ready list
 *     would make every priority change (donation, the MLFQS refresh of all
 *     threads every 4 ticks) an O(n) walk; the queues keep the per-tick work
 *     to the threads whose priority actually changed;
 *   - all_list (every live thread), tid allocation, tick statistics;
 *   - the MLFQS state (load_avg; each thread's nice and recent_cpu).
 * The policy for locks (donation) lives in kernel/synch.cc; the alarm clock
 * in devices/timer.cc; the register switch in kernel/switch.S.
/// STUB:
///  *
///  * Layer: kernel/.  See kernel/thread.h for the stack layout and the life
///  * cycle.  This file owns:
///  *   - the ready list: READY threads in FIFO order (round robin);
///  *   - all_list (every live thread), tid allocation, tick statistics.
///  * Semaphores, locks and condition variables live in kernel/synch.cc; the
///  * timer and its sleep functions in devices/timer.cc; the register switch
///  * in kernel/switch.S.
/// END
 *
 * Locking: single CPU; everything below is guarded by interrupts off. */
#include "kernel/thread.h"

#include <debug.h>
#include <inttypes.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "arch/x86_64/gdt.h"
#include "arch/x86_64/interrupt.h"
/// SOLUTION(threads):
#include "devices/timer.h"
/// END
#include "kernel/palloc.h"
#include "kernel/synch.h"

bool thread_mlfqs;

extern "C" {
thread *switch_threads(thread *cur, thread *next); /* kernel/switch.S */
void switch_entry(void);                           /* kernel/switch.S */
void thread_schedule_tail(thread *prev);
[[noreturn]] void thread_run_function(thread_func *function, void *aux);
}
static_assert(offsetof(thread, saved_rsp) == 24, "THREAD_SAVED_RSP in kernel/switch.S");

namespace {

constexpr int TIME_SLICE = 4;                 /* ticks before round-robin preemption */
/// SOLUTION(threads):
constexpr int PRI_COUNT = PRI_MAX - PRI_MIN + 1;
static_assert(PRI_COUNT <= 64, "one bit per ready queue");
/// END

/* ---- Guarded by interrupts off. ---- */
/// SOLUTION(threads): the ready threads, kept for priority scheduling.
list ready_queues[PRI_COUNT]; /* READY threads by priority, FIFO in each */
uint64_t ready_mask;          /* bit P set iff ready_queues[P] is non-empty */
int ready_count;              /* threads in the ready queues */
/// STUB:
/// list ready_list;              /* READY threads, FIFO */
/// END
list all_list;                /* every thread not yet DYING (thread.all_elem) */
thread *idle_thread;          /* runs when nothing else is ready */
thread *initial_thread;       /* "main", on boot_stack; never freed */
tid_t next_tid = 1;
int slice_ticks;              /* ticks since the running thread was scheduled */
int64_t idle_ticks, kernel_ticks, user_ticks;
/// SOLUTION(threads): the MLFQS's system-wide state.
fixed load_avg;               /* MLFQS: runnable threads, averaged over a minute */
/// END

/* The process layer's hooks (thread_set_process_hooks), or NULL.  Set once
 * at boot. */
const thread_process_hooks *process_hooks;

/// SOLUTION(threads): priority scheduling: the ready thread of highest
/// priority runs next, round robin among equals.
/* ---- Ready queues. ---- */

void ready_push(thread *t) {
  list_push_back(&ready_queues[t->priority], &t->elem);
  ready_mask |= 1ULL << t->priority;
  ready_count++;
}

void ready_remove(thread *t) {
  list_remove(&t->elem);
  if (list_empty(&ready_queues[t->priority])) ready_mask &= ~(1ULL << t->priority);
  ready_count--;
}

/* Highest priority among ready threads, or -1 if none. */
int ready_top_priority(void) { return ready_mask == 0 ? -1 : 63 - __builtin_clzll(ready_mask); }

/* The priority the running thread competes with (idle loses to anyone). */
int rank(const thread *t) { return t == idle_thread ? -1 : t->priority; }

thread *next_thread_to_run(void) {
  int p = ready_top_priority();
  if (p < 0) return idle_thread;
  thread *t = list_entry(list_front(&ready_queues[p]), thread, elem);
  ready_remove(t);
  return t;
}
/// STUB:
/// /* ---- The ready list. ---- */
///
/// void ready_push(thread *t) { list_push_back(&ready_list, &t->elem); }
///
/// thread *next_thread_to_run(void) {
///   if (list_empty(&ready_list)) return idle_thread;
///   return list_entry(list_pop_front(&ready_list), thread, elem);
/// }
/// END

/* ---- Threads. ---- */

thread *running_thread(void) { return thread_on_this_stack(); }

bool is_thread(const thread *t) { return t != nullptr && t->magic == THREAD_MAGIC; }

tid_t allocate_tid(void) {
  interrupts_off off;
  return next_tid++;
}

/// SOLUTION(threads): set up a new thread's priority, donation and
/// MLFQS state (it inherits nice and recent_cpu from PARENT).
/* MLFQS: PRI_MAX - recent_cpu/4 - 2*nice, clamped to [PRI_MIN, PRI_MAX]. */
int mlfqs_priority(const thread *t) {
  int p = PRI_MAX - t->recent_cpu.div_int(4).trunc() - 2 * t->nice;
  return p < PRI_MIN ? PRI_MIN : p > PRI_MAX ? PRI_MAX : p;
}

/* Fills in T (zeroed memory) as a BLOCKED thread NAME inheriting nice and
 * recent_cpu from PARENT (NULL for "main"), and adds it to all_list. */
void init_thread(thread *t, const char *name, int priority, const thread *parent) {
  ASSERT(PRI_MIN <= priority && priority <= PRI_MAX);
  t->status = THREAD_BLOCKED;
  strlcpy(t->name, name, sizeof t->name);
  t->base_priority = priority;
  list_init(&t->held_locks);
  if (parent != nullptr) {
    t->nice = parent->nice;
    t->recent_cpu = parent->recent_cpu;
  }
  t->priority = thread_mlfqs ? mlfqs_priority(t) : priority;
  t->magic = THREAD_MAGIC;
  interrupts_off off;
  list_push_back(&all_list, &t->all_elem);
}
/// STUB:
/// /* Fills in T (zeroed memory) as a BLOCKED thread NAME created by PARENT
///  * (NULL for "main"), and adds it to all_list. */
/// void init_thread(thread *t, const char *name, int priority, const thread *parent) {
///   ASSERT(PRI_MIN <= priority && priority <= PRI_MAX);
///   t->status = THREAD_BLOCKED;
///   strlcpy(t->name, name, sizeof t->name);
///   t->priority = priority;
///   t->magic = THREAD_MAGIC;
///   interrupts_off off;
///   list_push_back(&all_list, &t->all_elem);
/// }
/// END

/* Switches to the next thread.  Interrupts off; the running thread has
 * already left THREAD_RUNNING (and is queued wherever it waits). */
void schedule(void) {
  thread *cur = running_thread();
  thread *next = next_thread_to_run();
  ASSERT(intr_get_level() == INTR_OFF);
  ASSERT(cur->status != THREAD_RUNNING);
  ASSERT(is_thread(next));
  thread *prev = nullptr;
  if (cur != next) prev = switch_threads(cur, next);
  thread_schedule_tail(prev);
}

void idle(void *started) {
  idle_thread = thread_current();
  sema_up((semaphore *)started);
  for (;;) {
    /* Block with interrupts off, so no wake-up slips in between; when
     * chosen again, sleep until the next interrupt.  `sti` delays
     * interrupts by one instruction, so sti;hlt cannot miss one. */
    intr_disable();
    thread_block();
    asm volatile("sti; hlt" : : : "memory");
  }
}

/// SOLUTION(threads):
/* MLFQS, once per second: load_avg and every thread's recent_cpu. */
void mlfqs_update_second(void) {
  int runnable = ready_count + (running_thread() != idle_thread ? 1 : 0);
  load_avg = fixed::from_ratio(59, 60).mul(load_avg).add(fixed::from_ratio(1, 60).mul_int(runnable));
  fixed twice_load = load_avg.mul_int(2);
  fixed decay = twice_load.div(twice_load.add_int(1));
  for (list_elem *e = list_begin(&all_list); e != list_end(&all_list); e = list_next(e)) {
    thread *t = list_entry(e, thread, all_elem);
    if (t != idle_thread) t->recent_cpu = decay.mul(t->recent_cpu).add_int(t->nice);
  }
}

/* MLFQS, every TIME_SLICE ticks: every thread's priority. */
void mlfqs_update_priorities(void) {
  for (list_elem *e = list_begin(&all_list); e != list_end(&all_list); e = list_next(e)) {
    thread *t = list_entry(e, thread, all_elem);
    if (t != idle_thread) thread_set_effective_priority(t, mlfqs_priority(t));
  }
}

/// END
}  // namespace

/* ---- Boot. ---- */

void thread_init(void) {
  ASSERT(intr_get_level() == INTR_OFF);
  /// SOLUTION(threads):
  for (list &q : ready_queues) list_init(&q);
  /// STUB:
  /// list_init(&ready_list);
  /// END
  list_init(&all_list);
  /* The boot code runs on boot_stack, 8 KiB at an 8 KiB boundary: its base
   * becomes the struct thread of "main". */
  initial_thread = running_thread();
  memset(initial_thread, 0, sizeof *initial_thread);
  init_thread(initial_thread, "main", PRI_DEFAULT, nullptr);
  initial_thread->status = THREAD_RUNNING;
  initial_thread->tid = allocate_tid();
}

void thread_start(void) {
  semaphore idle_started;
  sema_init(&idle_started, 0);
  tid_t tid = thread_create("idle", PRI_MIN, idle, &idle_started);
  ASSERT(tid != TID_ERROR);
  intr_enable();
  sema_down(&idle_started);
}

void thread_tick(void) {
  thread *cur = thread_current();
  if (cur == idle_thread) idle_ticks++;
  else if (cur->process != nullptr) user_ticks++;
  else kernel_ticks++;

  /// SOLUTION(threads): the MLFQS: the running thread's recent_cpu each
  /// tick, load_avg and every recent_cpu each second, every priority each
  /// fourth tick.  Priority scheduling: a time slice ends only in favour
  /// of a ready thread of at least the running thread's priority.
  if (thread_mlfqs) {
    int64_t now = timer_ticks();
    if (cur != idle_thread) cur->recent_cpu = cur->recent_cpu.add_int(1);
    if (now % TIMER_FREQ == 0) mlfqs_update_second();
    if (now % TIME_SLICE == 0) {
      mlfqs_update_priorities();
      if (ready_top_priority() > rank(cur)) intr_yield_on_return();
    }
  }
  /* Round robin among equals: only a ready thread of at least our
   * priority can take over. */
  if (++slice_ticks >= TIME_SLICE && ready_mask != 0 && ready_top_priority() >= rank(cur))
    intr_yield_on_return();
  /// STUB:
  /// if (++slice_ticks >= TIME_SLICE) intr_yield_on_return();
  /// END
}

void thread_print_stats(void) {
  printf("Thread: %" PRId64 " idle ticks, %" PRId64 " kernel ticks, %" PRId64 " user ticks\n",
         idle_ticks, kernel_ticks, user_ticks);
}

/* ---- Creation, switching, exit. ---- */

tid_t thread_create(const char *name, int priority, thread_func *function, void *aux) {
  ASSERT(function != nullptr);
  thread *t = (thread *)palloc_get_multiple(PAL_ZERO, THREAD_STACK_PAGES);
  if (t == nullptr) return TID_ERROR;
  ASSERT(((uint64_t)t & (THREAD_STACK_SIZE - 1)) == 0);
  init_thread(t, name, priority, thread_current());
  tid_t tid = t->tid = allocate_tid();

  /* The frame switch_threads pops (see kernel/switch.S), with a zero slot
   * above it as a fake caller for backtraces. */
  uint64_t *sp = (uint64_t *)((uint8_t *)t + THREAD_STACK_SIZE);
  *--sp = 0;                        /* fake return address of switch_entry */
  *--sp = (uint64_t)switch_entry;   /* where switch_threads "returns" */
  *--sp = 0;                        /* rbx */
  *--sp = 0;                        /* rbp: ends the frame chain */
  *--sp = (uint64_t)function;       /* r12 */
  *--sp = (uint64_t)aux;            /* r13 */
  *--sp = 0;                        /* r14 */
  *--sp = 0;                        /* r15 */
  t->saved_rsp = (uint64_t)sp;

  thread_unblock(t);
  thread_preempt();
  return tid;
}

extern "C" void thread_run_function(thread_func *function, void *aux) {
  intr_enable(); /* the scheduler switched to us with interrupts off */
  function(aux);
  thread_exit();
}

/* Finishes a switch on the new thread's stack (interrupts off): marks it
 * running, starts its time slice, points the TSS at its stack, and frees
 * PREV if it was dying. */
extern "C" void thread_schedule_tail(thread *prev) {
  thread *cur = running_thread();
  ASSERT(intr_get_level() == INTR_OFF);
  cur->status = THREAD_RUNNING;
  slice_ticks = 0;
  tss_set_kernel_stack((uint64_t)cur + THREAD_STACK_SIZE);
  /* The process layer: e.g. load CUR's page table. */
  if (process_hooks != nullptr) process_hooks->activate(cur);
  if (prev != nullptr && prev->status == THREAD_DYING && prev != initial_thread) {
    ASSERT(prev != cur);
    palloc_free_multiple(prev, THREAD_STACK_PAGES);
  }
}

void thread_block(void) {
  ASSERT(!intr_context());
  ASSERT(intr_get_level() == INTR_OFF);
  thread_current()->status = THREAD_BLOCKED;
  schedule();
}

void thread_unblock(thread *t) {
  ASSERT(is_thread(t));
  interrupts_off off;
  ASSERT(t->status == THREAD_BLOCKED);
  ready_push(t);
  t->status = THREAD_READY;
}

void thread_preempt(void) {
  /// SOLUTION(threads): priority scheduling: yield at once when a
  /// ready thread has a higher priority than the running one (in an
  /// interrupt handler: yield on return).
  interrupts_off off;
  if (ready_top_priority() > rank(thread_current())) {
    if (intr_context()) intr_yield_on_return();
    else thread_yield();
  }
  /// END
}


tid_t thread_tid(void) { return thread_current()->tid; }
const char *thread_name(void) { return thread_current()->name; }

void thread_exit(void) {
  ASSERT(!intr_context());
  /* The process layer: a process prints its exit line and releases
   * itself. */
  if (process_hooks != nullptr) process_hooks->exit(thread_current());
  intr_disable();
  thread *cur = thread_current();
  list_remove(&cur->all_elem);
  cur->status = THREAD_DYING;
  schedule();
  NOT_REACHED();
}

void thread_set_process_hooks(const thread_process_hooks *hooks) {
  ASSERT(process_hooks == nullptr && hooks != nullptr);
  process_hooks = hooks;
}

void thread_yield(void) {
  ASSERT(!intr_context());
  interrupts_off off;
  thread *cur = thread_current();
  if (cur != idle_thread) ready_push(cur);
  cur->status = THREAD_READY;
  schedule();
}

void thread_foreach(thread_action_func *func, void *aux) {
  ASSERT(intr_get_level() == INTR_OFF);
  for (list_elem *e = list_begin(&all_list); e != list_end(&all_list); e = list_next(e))
    func(list_entry(e, thread, all_elem), aux);
}

/* ---- Priorities. ---- */

/// SOLUTION(threads):
void thread_set_effective_priority(thread *t, int priority) {
  ASSERT(intr_get_level() == INTR_OFF);
  if (t->priority == priority) return;
  if (t->status == THREAD_READY) {
    ready_remove(t);
    t->priority = priority;
    ready_push(t);
  } else {
    t->priority = priority;
    /* A lock's waiters are kept in priority order. */
    if (t->status == THREAD_BLOCKED && t->waiting_on != nullptr) lock_reorder_waiter(t);
  }
}

void thread_refresh_priority(thread *t) {
  ASSERT(intr_get_level() == INTR_OFF);
  int priority = t->base_priority;
  for (list_elem *e = list_begin(&t->held_locks); e != list_end(&t->held_locks); e = list_next(e)) {
    int donation = lock_donation(list_entry(e, lock, holder_elem));
    if (donation > priority) priority = donation;
  }
  thread_set_effective_priority(t, priority);
}

/// END
int thread_get_priority(void) {
  interrupts_off off;
  return thread_current()->priority;
}

void thread_set_priority(int new_priority) {
  ASSERT(PRI_MIN <= new_priority && new_priority <= PRI_MAX);
  /// SOLUTION(threads): set the base priority (the effective one also
  /// counts donations); yield if the running thread no longer has the
  /// highest priority.  Ignored under the MLFQS.
  if (thread_mlfqs) return;
  {
    interrupts_off off;
    thread *cur = thread_current();
    cur->base_priority = new_priority;
    thread_refresh_priority(cur);
  }
  thread_preempt();
  /// STUB:
  /// thread_current()->priority = new_priority;
  /// END
}

/* ---- MLFQS. ---- */

/// SOLUTION(threads): the MLFQS: nice, load_avg and recent_cpu (kept in
/// 17.14 fixed point; reported times 100, rounded).
int thread_get_nice(void) {
  interrupts_off off;
  return thread_current()->nice;
}

void thread_set_nice(int nice) {
  ASSERT(NICE_MIN <= nice && nice <= NICE_MAX);
  {
    interrupts_off off;
    thread *cur = thread_current();
    cur->nice = nice;
    if (thread_mlfqs) thread_set_effective_priority(cur, mlfqs_priority(cur));
  }
  thread_preempt();
}

int thread_get_load_avg(void) {
  interrupts_off off;
  return load_avg.mul_int(100).round();
}

int thread_get_recent_cpu(void) {
  interrupts_off off;
  return thread_current()->recent_cpu.mul_int(100).round();
}
/// STUB:
/// int thread_get_nice(void) { return 0; }
///
/// void thread_set_nice(int nice) {}
///
/// int thread_get_load_avg(void) { return 0; }
///
/// int thread_get_recent_cpu(void) { return 0; }
/// END
