/// SOLUTION FILE(vm): state shared inside vm/ (the lock, the counters).
/* vm/vm-internal.h -- state shared by the files of vm/, and by nobody else.
 *
 * Layer: vm/.  Only vm/ includes this header (directly or through its
 * internal headers page.h, frame.h, rmap.h); the rest of the kernel sees
 * vm/vm.h and vm/addrspace.h.
 *
 * Locking (one list for the whole subsystem):
 *   vm_lock      every page, every mapping's link to its page, the frame
 *                table and the user PTEs (vm/page.h says how).  Held across
 *                page-table updates, never across disk I/O that a fault or
 *                an eviction does: the page is marked busy and the lock
 *                dropped (page_io_locked).  The write-back of a file page at
 *                munmap/exit does the same.
 *   file system  taken inside page kinds (vm_lock may be held).
 *   swap_lock    (vm/swap.cc) a leaf.
 * Functions that need vm_lock held end in `_locked` and assert it. */
#ifndef VM_VM_INTERNAL_H
#define VM_VM_INTERNAL_H

#include <stdint.h>

#include "kernel/synch.h"
#include "kernel/thread.h"

/* The VM lock, and the condition a thread waits on for a busy page
 * (vm/page.h). */
extern lock vm_lock;
extern condition vm_transit;

/* True if the running thread holds vm_lock: what every `_locked` function
 * asserts.  The fault path passes a dozen of these checks, so this one is
 * inline and costs a few instructions instead of a call to
 * lock_held_by_current_thread(): the running thread's struct thread sits at
 * the base of its THREAD_STACK_SIZE-aligned stack (kernel/thread.h), and
 * the frame pointer lies on that stack. */
inline bool vm_lock_held(void) {
  uintptr_t frame = (uintptr_t)__builtin_frame_address(0);
  return (uintptr_t)vm_lock.holder == (frame & ~(THREAD_STACK_SIZE - 1));
}

/* Counters since boot, printed at shutdown by vm_print_stats(). */
struct vm_counters {
  uint64_t faults;      /* faults handled (page made present or writable) */
  uint64_t evictions;   /* frames taken from a page */
  uint64_t swap_ins;    /* pages read back from swap */
  uint64_t swap_outs;   /* pages written to swap */
  uint64_t file_writes; /* file pages written back */
  uint64_t cow_copies;  /* copy-on-write faults that copied a frame */
  uint64_t cow_reuses;  /* copy-on-write faults on a frame left with one owner */
};
extern vm_counters vm_stats;
/* Adds one to a counter; safe from any thread. */
inline void stat_inc(uint64_t &counter) { __atomic_fetch_add(&counter, 1, __ATOMIC_RELAXED); }

#endif /* VM_VM_INTERNAL_H */
