/* arch/x86_64/syscall-arch.cc -- MSR setup for `syscall` (see the header). */
#include "arch/x86_64/syscall-arch.h"

#include "arch/x86_64/cpu.h"
#include "arch/x86_64/gdt.h"

extern "C" {
void syscall_entry(void);         /* arch/x86_64/syscall-entry.S */
uint64_t syscall_kernel_rsp;      /* read by syscall_entry; interrupts off */
uint64_t syscall_user_rsp;        /* scratch of syscall_entry */
}

namespace {

/* sysret loads CS = base + 16 and SS = base + 8 (both with RPL 3), so the
 * base is the selector just below user data. */
static_assert(SEL_UDSEG == ((SEL_KDSEG | 3) + 8) && SEL_UCSEG == ((SEL_KDSEG | 3) + 16),
              "GDT order must be kernel code, kernel data, user data, user code");

}  // namespace

void syscall_arch_init(void) {
  wrmsr(MSR_EFER, rdmsr(MSR_EFER) | EFER_SCE);
  uint64_t sysret_base = SEL_KDSEG | 3;
  wrmsr(MSR_STAR, (sysret_base << 48) | ((uint64_t)SEL_KCSEG << 32));
  wrmsr(MSR_LSTAR, (uint64_t)syscall_entry);
  wrmsr(MSR_FMASK, FLAG_TF | FLAG_IF | FLAG_DF | FLAG_AC);
}

void syscall_set_kernel_stack(uint64_t rsp) { syscall_kernel_rsp = rsp; }
