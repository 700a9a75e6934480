/// SOLUTION(vm): virtual memory: supplemental page tables, a frame table with
/// eviction, swap, lazy loading, stack growth, mmap, copy-on-write fork.
/* vm/vm.h -- virtual memory: what the rest of the kernel sees.
 *
 * Layer: vm/, between userprog/ (processes, system calls) and kernel/ +
 * filesys/.  vm/ never includes userprog/: the page-fault handler in
 * userprog/exception.cc asks vm_handle_fault() and decides itself what an
 * unhandled fault means (kill the process, or a kernel bug).  Processes
 * own their address spaces through vm/addrspace.h; everything else of vm/
 * is internal (vm/vm-internal.h and the headers below).
 *
 * The pieces, each in its own file:
 *   fault.cc          the page-fault path: vm_handle_fault() and one
 *                     handler per case -- start reading here
 *   addrspace.{h,cc}  a process's address space: page table, regions and
 *                     supplemental page table (SPT) of mappings, their
 *                     storage, life cycle
 *   region.{h,cc}     regions: what is described per range (segments, the
 *                     stack, mmaps) and what a first touch of a page makes
 *   program.cc        a new program's regions (segments, the stack)
 *   fork.cc           the copy of an address space for fork
 *   mmap.cc           mmap regions
 *   rmap.{h,cc}       the reverse map: from a page to the PTEs that map it
 *   page.{h,cc}       page (contents, shared by copy-on-write sharers), the
 *                     busy protocol, filling a frame; the page kinds:
 *                     uninit.cc, anon.cc, file.cc
 *   frame.{h,cc}      the frame table and eviction (clock)
 *   swap.{h,cc}       swap slots on the swap disk
 *   vm.cc             the VM lock, statistics, the debug dump
 *   vm-internal.h     state shared inside vm/ (the lock, the counters) */
/// STUB:
/// /* vm/vm.h -- virtual memory: what the rest of the kernel sees.
///  *
///  * Layer: vm/, between userprog/ (processes, system calls) and kernel/ +
///  * filesys/.  vm/ never includes userprog/: the page-fault handler in
///  * userprog/exception.cc asks vm_handle_fault() and decides itself what an
///  * unhandled fault means (kill the process, or a kernel bug).  Processes
///  * own their address spaces through vm/addrspace.h; everything else of vm/
///  * is internal.
///  *
///  * What the handout gives: vm.cc (start-up, the fault entry, statistics),
///  * addrspace.{h,cc} (a process's address space as userprog/ uses it,
///  * loaded eagerly as in project 2), page.h (a page and the page
///  * operations), frame.h (a frame of the user pool).  Add files of your own
///  * as you need them. */
/// END
#ifndef VM_VM_H
#define VM_VM_H

#include <stddef.h>
#include <stdint.h>

class address_space;

/* What the fault handler made of a fault. */
enum class [[nodiscard]] fault_result {
  HANDLED,         /* the page is mapped now: retry the instruction */
  BAD_ADDRESS,     /* no page there and not stack growth */
  WRITE_PROTECTED, /* a write to a read-only page (code, read-only mmap) */
  NOT_EXECUTABLE,  /* an instruction fetch from a no-execute page (data,
                      bss, heap, stack, mmap) */
  OUT_OF_MEMORY,   /* no frame could be found (swap full or absent) */
  IO_ERROR,        /* the contents could not be read */
};

/* What the faulting access was doing. */
enum class fault_access { READ, WRITE, EXECUTE };

/// SOLUTION(vm): the page-fault handler: lazy loading, stack growth, swap-in,
/// copy-on-write.
/* Handles a fault at user address ADDR in address space AS: lazy load,
 * stack growth, swap-in, copy-on-write (vm/fault.cc).  ACCESS: a read, a
 * write, or an instruction fetch.  USER_RSP: the user stack pointer for the stack-growth rule
 * (from the trap frame, or as saved at system-call entry for a fault taken
 * inside a kernel copy routine).  Call with interrupts on and no locks
 * held; may sleep. */
fault_result vm_handle_fault(address_space *as, void *addr, fault_access access,
                             uint64_t user_rsp);
/// STUB:
/// /* Handles a fault at user address ADDR in address space AS: lazy load,
///  * stack growth, swap-in, copy-on-write.  ACCESS: a read, a write, or an
///  * instruction fetch.  USER_RSP: the user stack pointer for the
///  * stack-growth rule (from the trap frame, or as saved at system-call
///  * entry for a fault taken inside a kernel copy routine).  Call with
///  * interrupts on and no locks held; may sleep. */
/// fault_result vm_handle_fault(address_space *as, void *addr, fault_access access,
///                              uint64_t user_rsp);
/// END

/* Sets up the frame table and swap.  Call once, after the disks. */
void vm_init(void);

/* Copy-on-write fork (default).  False (`-nocow` on the kernel command
 * line): fork copies every page at once.  Set before the first fork. */
extern bool vm_cow_enabled;

/* Prints the counters since boot: "VM: N faults, N evictions, N swap-ins,
 * N swap-outs" and a line of details (shutdown statistics). */
void vm_print_stats(void);

/* For the leak check: user frames and swap slots in use.  May sleep (they
 * take the VM's locks). */
size_t vm_frames_in_use(void);
size_t vm_swap_slots_in_use(void);

/* Prints AS's supplemental page table and hardware mappings, one line per
 * page, for debugging (callable from anywhere a lock may be taken, e.g.
 * from a system call or gdb:
 * `call vm_dump(((process *)thread_current()->process)->as)`). */
void vm_dump(address_space *as);

#endif /* VM_VM_H */
