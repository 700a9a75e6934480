/* vm/vm.h -- virtual memory: what the rest of the kernel sees.
 *
 * Layer: vm/, between userprog/ (processes, system calls) and kernel/ +
 * filesys/.  vm/ never includes userprog/: the page-fault handler in
 * userprog/exception.cc asks vm_handle_fault() and decides itself what an
 * unhandled fault means (kill the process, or a kernel bug).
 *
 * The pieces, each in its own file:
 *   addrspace.{h,cc}  a process's address space: page table + supplemental
 *                     page table (SPT) + mmap regions; fork, exec, exit
 *   fault.cc          the page-fault path (this header's vm_handle_fault)
 *   page.h            page (contents, shared by copy-on-write sharers) and
 *                     the page kinds: uninit.cc, anon.cc, file.cc
 *   frame.{h,cc}      the frame table and eviction (clock)
 *   swap.{h,cc}       swap slots on the swap disk
 *   vm.cc             the VM lock, statistics, the debug dump
 *
 * Locking (one list for the whole subsystem; see vm/page.h for details):
 *   vm_lock      every page, mapping list, frame-table entry and user PTE.
 *                Held across page-table updates, never across disk I/O
 *                that a fault or an eviction does (the page is marked busy
 *                and the lock dropped), except the write-back of a file
 *                page at munmap/exit, which keeps the page busy too.
 *   file system  taken inside page kinds (vm_lock may be held).
 *   swap_lock    leaf. */
#ifndef VM_VM_H
#define VM_VM_H

#include <stdint.h>

#include "kernel/synch.h"

class address_space;

/* What the fault handler made of a fault. */
enum class [[nodiscard]] fault_result {
  HANDLED,         /* the page is mapped now: retry the instruction */
  BAD_ADDRESS,     /* no page there and not stack growth */
  WRITE_PROTECTED, /* a write to a read-only page (code, read-only mmap) */
  OUT_OF_MEMORY,   /* no frame could be found (swap full or absent) */
  IO_ERROR,        /* the contents could not be read */
};

/* Handles a fault at user address ADDR in address space AS: lazy load,
 * stack growth, swap-in, copy-on-write (vm/fault.cc).  WRITE: the access
 * was a write.  USER_RSP: the user stack pointer for the stack-growth rule
 * (from the trap frame, or as saved at system-call entry for a fault taken
 * inside a kernel copy routine).  Call with interrupts on and no locks
 * held; may sleep. */
fault_result vm_handle_fault(address_space *as, void *addr, bool write, uint64_t user_rsp);

/* Sets up the frame table and swap.  Call once, after the disks. */
void vm_init(void);

/* Copy-on-write fork (default).  False (`-nocow` on the kernel command
 * line): fork copies every page at once. */
extern bool vm_cow_enabled;

/* Counters since boot, printed at shutdown by vm_print_stats() as
 * "VM: N faults, N evictions, N swap-ins, N swap-outs" plus details. */
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

void vm_print_stats(void);

/* For the leak check: user frames and swap slots in use. */
size_t vm_frames_in_use(void);
size_t vm_swap_slots_in_use(void);

/* Prints AS's supplemental page table and hardware mappings, one line per
 * page, for debugging (callable from anywhere a lock may be taken, e.g.
 * from a system call or gdb: `call vm_dump(thread_current()->...)`). */
void vm_dump(address_space *as);

/* ---- Internal to vm/. ---- */

/* The VM lock, and the condition a thread waits on for a busy page
 * (vm/page.h). */
extern lock vm_lock;
extern condition vm_transit;

#endif /* VM_VM_H */
