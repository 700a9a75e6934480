/* arch/x86_64/syscall-arch.h -- the `syscall` instruction's machine setup.
 *
 * Layer: arch/.  Owns the model-specific registers that make `syscall`
 * enter the kernel (Intel SDM vol. 2, SYSCALL; vol. 4, table 2-2):
 *
 *   IA32_EFER.SCE  (0xc0000080 bit 0)  enables syscall/sysret
 *   IA32_STAR      (0xc0000081)        bits 47:32 kernel CS (SS = CS + 8);
 *                                      bits 63:48 sysret base: user SS =
 *                                      base + 8, user CS = base + 16
 *   IA32_LSTAR     (0xc0000082)        entry point: syscall_entry
 *   IA32_FMASK     (0xc0000084)        rflags bits cleared on entry
 *
 * and the two scratch words the entry path (syscall-entry.S) uses: the
 * kernel stack top of the running thread, and the user rsp while the entry
 * switches stacks.  There is one CPU and the entry runs with interrupts off
 * until the user rsp is on the kernel stack, so globals suffice (no swapgs
 * per-CPU area).
 *
 * The entry path builds a complete struct intr_frame with vec_no =
 * SYSCALL_VEC_NO and calls syscall_handler(frame) with interrupts on; the
 * handler (userprog/syscall.cc) is not part of this layer. */
#ifndef ARCH_X86_64_SYSCALL_ARCH_H
#define ARCH_X86_64_SYSCALL_ARCH_H

#include <stdint.h>

/* The vec_no stored in frames built by the syscall entry.  Not an IDT
 * vector that anything raises: it only tells a frame dump where it came
 * from. */
constexpr uint64_t SYSCALL_VEC_NO = 0x100;

/* Programs the MSRs above.  Call once at boot, after gdt_init(). */
void syscall_arch_init(void);

/* Records the kernel stack top the next `syscall` switches to.  The
 * scheduler calls it (through the process layer) on every switch, together
 * with tss_set_kernel_stack().  Interrupts must be off. */
void syscall_set_kernel_stack(uint64_t rsp);

#endif /* ARCH_X86_64_SYSCALL_ARCH_H */
