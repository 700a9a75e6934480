/* userprog/exception.cc -- CPU exception handlers (policy in the header).
 *
 * Vectors and error-code bits: Intel SDM vol. 3, table 6-1 and 4.7
 * ("page-fault exceptions"). */
#include "userprog/exception.h"

#include <debug.h>
#include <inttypes.h>
#include <stdio.h>

#include "arch/x86_64/cpu.h"
#include "arch/x86_64/gdt.h"
#include "arch/x86_64/interrupt.h"
#include "arch/x86_64/mmu.h"
#include "kernel/panic.h"
#include "userprog/process.h"
/// SOLUTION(userprog):
#include "userprog/uaccess.h"
/// END
#include "vm/vm.h"

namespace {

/* Page-fault error code bits (SDM vol. 3, figure 4-12). */
constexpr uint64_t PF_P = 1 << 0; /* 0: not present; 1: protection violation */
constexpr uint64_t PF_W = 1 << 1; /* 0: read; 1: write */
constexpr uint64_t PF_I = 1 << 4; /* 1: an instruction fetch (with EFER.NXE) */

constexpr uint8_t VEC_PAGE_FAULT = 14;

/* Page faults since boot, of every kind.  Updated with interrupts off (the
 * handler starts that way). */
int64_t page_fault_cnt;

bool from_user(const intr_frame *f) { return (f->cs & 3) == 3; }

uint64_t read_cr2(void) {
  uint64_t v;
  asm volatile("movq %%cr2, %0" : "=r"(v));
  return v;
}

[[noreturn]] void kernel_bug(intr_frame *f) {
  intr_dump_frame(f);
  panic_set_fault_frame(f); /* the backtrace starts at f->rip */
  PANIC("unexpected %s in the kernel", intr_name(f->vec_no));
}

/* Every exception but the page fault. */
void other_exception(intr_frame *f) {
  if (!from_user(f)) kernel_bug(f);
  intr_enable();
  process_kill();
}

/// SOLUTION(vm): offer a fault at a user address of the running process to the
/// VM (lazy loading, stack growth, swap-in, copy-on-write).  True if the VM
/// handled it and the faulting instruction can run again.
/* Offers a fault at user address ADDR to the VM (vm_handle_fault() in
 * vm/fault.cc): lazy load, stack growth, swap-in, copy-on-write.  Only
 * faults of the running process's own accesses qualify: in user mode, or
 * in a kernel copy routine touching user memory for a system call -- then
 * the stack-growth rule uses the user rsp saved at system-call entry.
 * Returns true if the VM handled it: the faulting instruction can run
 * again. */
bool handled_by_vm(const intr_frame *f, uint64_t addr, fault_access access) {
  process *p = process_current();
  if (p == nullptr || p->as == nullptr || addr >= KERN_BASE) return false;
  uint64_t rsp;
  if (from_user(f)) rsp = f->rsp;
  else if (p->syscall_frame != nullptr && uaccess_in_routine(f->rip)) rsp = p->syscall_frame->rsp;
  else return false;
  return vm_handle_fault(p->as, (void *)addr, access, rsp) == fault_result::HANDLED;
}

/// STUB:
/// bool handled_by_vm(const intr_frame *f, uint64_t addr, fault_access access) { return false; }
///
/// END
/// SOLUTION(userprog):
/* The page-fault dispatcher.  Order of decisions:
/// SOLUTION(vm):
 *   1. handled_by_vm(): lazy load, stack growth, swap-in, copy-on-write; if
 *      handled, return and the faulting instruction runs again.  Faults
 *      inside the copy routines (kernel mode, user address) go through it
 *      too, judged against the user rsp the system-call entry saved.
/// STUB:
///  *   1. handled_by_vm(): if the VM handled the fault, the faulting
///  *      instruction runs again;
/// END
 *   2. kernel mode: a user-copy routine -> its fixup; else a kernel bug;
 *   3. user mode: kill the process (a bad address, a write to read-only
 *      memory, a jump into no-execute memory, or no memory left to back
 *      the page). */
/// STUB:
/// /* The page-fault dispatcher: a fault the VM handles is retried; any other
///  * in kernel mode is a kernel bug; in user mode the process is killed. */
/// END
void page_fault(intr_frame *f) {
  /* CR2 first: with interrupts on, another fault could overwrite it. */
  uint64_t addr = read_cr2();
  page_fault_cnt++;
  if (f->eflags & FLAG_IF) intr_enable();

  bool not_present = (f->error_code & PF_P) == 0;
  bool write = (f->error_code & PF_W) != 0;
  fault_access access = (f->error_code & PF_I) != 0 ? fault_access::EXECUTE
                        : write                      ? fault_access::WRITE
                                                     : fault_access::READ;

  if (handled_by_vm(f, addr, access)) return;

  if (!from_user(f)) {
    /// SOLUTION(userprog): a bad user pointer a system call followed must not
    /// bring the kernel down.
    if (uaccess_fixup(f, addr)) return;
    /// END
    printf("Page fault at %#" PRIx64 ": %s error %s page in kernel context.\n", addr,
           not_present ? "not present" : "rights violation", write ? "writing" : "reading");
    kernel_bug(f);
  }

  /* abi.md allows at most one "Page fault at ..." line for a user fault;
   * we print none, so that checkers which expect only the exit line pass
   * too.  The exit line "NAME: exit(-1)" tells the story. */
  intr_enable();
  process_kill();
}

}  // namespace

void exception_init(void) {
  /* Vectors a user program can raise: #BP (int3) and #OF (into) at DPL 3,
   * as in Pintos, so that `int3` kills the process instead of raising #GP
   * (which would kill it just the same). */
  intr_register_int(3, 3, INTR_ON, other_exception, "#BP Breakpoint Exception");
  intr_register_int(4, 3, INTR_ON, other_exception, "#OF Overflow Exception");
  intr_register_int(5, 3, INTR_ON, other_exception, "#BR BOUND Range Exceeded Exception");

  /* DPL 0: raised by the CPU only.  2 (NMI), 8 (#DF, on its own stack) and
   * 18 (#MC) stay with the default panic. */
  const uint8_t kernel_only[] = {0, 1, 6, 7, 10, 11, 12, 13, 16, 17, 19, 20, 21};
  for (uint8_t vec : kernel_only) intr_register_int(vec, 0, INTR_ON, other_exception, intr_name(vec));

  /* Interrupts off until CR2 is read. */
  intr_register_int(VEC_PAGE_FAULT, 0, INTR_OFF, page_fault, "#PF Page-Fault Exception");
}

void exception_print_stats(void) { printf("Exception: %" PRId64 " page faults\n", page_fault_cnt); }
