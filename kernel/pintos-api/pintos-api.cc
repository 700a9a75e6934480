/* kernel/pintos-api/pintos-api.cc -- the C names of our kernel API, for C
 * sources written against the standard Pintos headers (the C headers in
 * kernel/pintos-api; see README.md there).
 *
 * Layer: kernel/.  Our functions have C++ (mangled) symbol names; a C
 * caller of sema_init() links against the plain symbol `sema_init`.  Each
 * function below is defined under such a plain name (an asm label: its
 * C++ name is c_NAME, its symbol NAME) and only forwards to ours, whose
 * contracts apply (kernel/thread.h, kernel/synch.h, devices/timer.h,
 * kernel/palloc.h, arch/x86_64/interrupt.h).  The C structures are ours:
 * namespace c_view holds the C header's definitions, and the
 * static_asserts check them against our types.  Nothing here allocates or
 * keeps state. */
#include <stddef.h>

#include "arch/x86_64/interrupt.h"
#include "devices/timer.h"
#include "kernel/palloc.h"
#include "kernel/synch.h"
#include "kernel/thread.h"

namespace c_view {
#include "threads/synch-layout.h"
}  // namespace c_view

/* The C structures must be ours, byte for byte where C can see a field. */
static_assert(sizeof(c_view::semaphore) == sizeof(::semaphore));
static_assert(alignof(c_view::semaphore) == alignof(::semaphore));
static_assert(offsetof(c_view::semaphore, value) == offsetof(::semaphore, value));
static_assert(offsetof(c_view::semaphore, waiters) == offsetof(::semaphore, waiters));
static_assert(sizeof(c_view::lock) == sizeof(::lock));
static_assert(alignof(c_view::lock) == alignof(::lock));
static_assert(offsetof(c_view::lock, holder) == offsetof(::lock, holder));
static_assert(offsetof(c_view::lock, waiters) == offsetof(::lock, waiters));
static_assert(offsetof(c_view::lock, holder_elem) == offsetof(::lock, holder_elem));
static_assert(sizeof(c_view::condition) == sizeof(::condition));
static_assert(alignof(c_view::condition) == alignof(::condition));

/* The constants the C headers spell out. */
static_assert(PRI_MIN == 0 && PRI_DEFAULT == 31 && PRI_MAX == 63);
static_assert(TIMER_FREQ == 100);
static_assert(THREAD_RUNNING == 0 && THREAD_READY == 1 && THREAD_BLOCKED == 2 && THREAD_DYING == 3);
static_assert(INTR_OFF == 0 && INTR_ON == 1);
static_assert(PAL_ASSERT == 001 && PAL_ZERO == 002 && PAL_USER == 004);

/* Defines c_NAME with the symbol NAME (the C name). */
#define C_SYMBOL(NAME) __asm__(#NAME)

/* threads/synch.h: the C structures are ours, so pointers pass unchanged. */
void c_sema_init(semaphore *s, unsigned value) C_SYMBOL(sema_init);
void c_sema_init(semaphore *s, unsigned value) { sema_init(s, value); }
void c_sema_down(semaphore *s) C_SYMBOL(sema_down);
void c_sema_down(semaphore *s) { sema_down(s); }
bool c_sema_try_down(semaphore *s) C_SYMBOL(sema_try_down);
bool c_sema_try_down(semaphore *s) { return sema_try_down(s); }
void c_sema_up(semaphore *s) C_SYMBOL(sema_up);
void c_sema_up(semaphore *s) { sema_up(s); }
void c_sema_self_test(void) C_SYMBOL(sema_self_test);
void c_sema_self_test(void) { sema_self_test(); }
void c_lock_init(lock *l) C_SYMBOL(lock_init);
void c_lock_init(lock *l) { lock_init(l); }
void c_lock_acquire(lock *l) C_SYMBOL(lock_acquire);
void c_lock_acquire(lock *l) { lock_acquire(l); }
bool c_lock_try_acquire(lock *l) C_SYMBOL(lock_try_acquire);
bool c_lock_try_acquire(lock *l) { return lock_try_acquire(l); }
void c_lock_release(lock *l) C_SYMBOL(lock_release);
void c_lock_release(lock *l) { lock_release(l); }
bool c_lock_held_by_current_thread(const lock *l) C_SYMBOL(lock_held_by_current_thread);
bool c_lock_held_by_current_thread(const lock *l) { return lock_held_by_current_thread(l); }
void c_cond_init(condition *c) C_SYMBOL(cond_init);
void c_cond_init(condition *c) { cond_init(c); }
void c_cond_wait(condition *c, lock *l) C_SYMBOL(cond_wait);
void c_cond_wait(condition *c, lock *l) { cond_wait(c, l); }
void c_cond_signal(condition *c, lock *l) C_SYMBOL(cond_signal);
void c_cond_signal(condition *c, lock *l) { cond_signal(c, l); }
void c_cond_broadcast(condition *c, lock *l) C_SYMBOL(cond_broadcast);
void c_cond_broadcast(condition *c, lock *l) { cond_broadcast(c, l); }

/* threads/thread.h (thread_mlfqs, a variable, has no mangled name). */
tid_t c_thread_create(const char *name, int priority, thread_func *function, void *aux)
    C_SYMBOL(thread_create);
tid_t c_thread_create(const char *name, int priority, thread_func *function, void *aux) {
  return thread_create(name, priority, function, aux);
}
void c_thread_block(void) C_SYMBOL(thread_block);
void c_thread_block(void) { thread_block(); }
void c_thread_unblock(thread *t) C_SYMBOL(thread_unblock);
void c_thread_unblock(thread *t) { thread_unblock(t); }
thread *c_thread_current(void) C_SYMBOL(thread_current);
thread *c_thread_current(void) { return thread_current(); }
tid_t c_thread_tid(void) C_SYMBOL(thread_tid);
tid_t c_thread_tid(void) { return thread_tid(); }
const char *c_thread_name(void) C_SYMBOL(thread_name);
const char *c_thread_name(void) { return thread_name(); }
[[noreturn]] void c_thread_exit(void) C_SYMBOL(thread_exit);
void c_thread_exit(void) { thread_exit(); }
void c_thread_yield(void) C_SYMBOL(thread_yield);
void c_thread_yield(void) { thread_yield(); }
int c_thread_get_priority(void) C_SYMBOL(thread_get_priority);
int c_thread_get_priority(void) { return thread_get_priority(); }
void c_thread_set_priority(int priority) C_SYMBOL(thread_set_priority);
void c_thread_set_priority(int priority) { thread_set_priority(priority); }
int c_thread_get_nice(void) C_SYMBOL(thread_get_nice);
int c_thread_get_nice(void) { return thread_get_nice(); }
void c_thread_set_nice(int nice) C_SYMBOL(thread_set_nice);
void c_thread_set_nice(int nice) { thread_set_nice(nice); }
int c_thread_get_recent_cpu(void) C_SYMBOL(thread_get_recent_cpu);
int c_thread_get_recent_cpu(void) { return thread_get_recent_cpu(); }
int c_thread_get_load_avg(void) C_SYMBOL(thread_get_load_avg);
int c_thread_get_load_avg(void) { return thread_get_load_avg(); }

/* devices/timer.h */
int64_t c_timer_ticks(void) C_SYMBOL(timer_ticks);
int64_t c_timer_ticks(void) { return timer_ticks(); }
int64_t c_timer_elapsed(int64_t then) C_SYMBOL(timer_elapsed);
int64_t c_timer_elapsed(int64_t then) { return timer_elapsed(then); }
void c_timer_sleep(int64_t ticks) C_SYMBOL(timer_sleep);
void c_timer_sleep(int64_t ticks) { timer_sleep(ticks); }
void c_timer_msleep(int64_t ms) C_SYMBOL(timer_msleep);
void c_timer_msleep(int64_t ms) { timer_msleep(ms); }
void c_timer_usleep(int64_t us) C_SYMBOL(timer_usleep);
void c_timer_usleep(int64_t us) { timer_usleep(us); }
void c_timer_nsleep(int64_t ns) C_SYMBOL(timer_nsleep);
void c_timer_nsleep(int64_t ns) { timer_nsleep(ns); }

/* threads/palloc.h: the C enum has our values (checked above). */
void *c_palloc_get_page(int flags) C_SYMBOL(palloc_get_page);
void *c_palloc_get_page(int flags) { return palloc_get_page(static_cast<palloc_flags>(flags)); }
void *c_palloc_get_multiple(int flags, size_t page_cnt) C_SYMBOL(palloc_get_multiple);
void *c_palloc_get_multiple(int flags, size_t page_cnt) {
  return palloc_get_multiple(static_cast<palloc_flags>(flags), page_cnt);
}
void c_palloc_free_page(void *page) C_SYMBOL(palloc_free_page);
void c_palloc_free_page(void *page) { palloc_free_page(page); }
void c_palloc_free_multiple(void *pages, size_t page_cnt) C_SYMBOL(palloc_free_multiple);
void c_palloc_free_multiple(void *pages, size_t page_cnt) { palloc_free_multiple(pages, page_cnt); }

/* threads/interrupt.h */
int c_intr_get_level(void) C_SYMBOL(intr_get_level);
int c_intr_get_level(void) { return intr_get_level(); }
int c_intr_set_level(int level) C_SYMBOL(intr_set_level);
int c_intr_set_level(int level) { return intr_set_level(static_cast<intr_level>(level)); }
int c_intr_enable(void) C_SYMBOL(intr_enable);
int c_intr_enable(void) { return intr_enable(); }
int c_intr_disable(void) C_SYMBOL(intr_disable);
int c_intr_disable(void) { return intr_disable(); }
bool c_intr_context(void) C_SYMBOL(intr_context);
bool c_intr_context(void) { return intr_context(); }
