/* arch/x86_64/gdt.h -- segment selectors, the GDT and the task-state segment.
 *
 * In 64-bit mode segmentation is mostly off, but the CPU still needs code and
 * data descriptors for the two privilege levels and a TSS that tells it which
 * stack to use when an interrupt arrives from user mode (rsp0) and which
 * stack the double-fault handler runs on (IST1), so that a kernel stack
 * overflow produces a panic message instead of a triple fault.
 *
 * Selector order is fixed by `syscall`/`sysret` (Intel SDM vol. 2,
 * SYSCALL/SYSRET): kernel code, kernel data, then user data, user code. */
#ifndef ARCH_X86_64_GDT_H
#define ARCH_X86_64_GDT_H

#include <stdint.h>

constexpr uint16_t SEL_NULL = 0x00;
constexpr uint16_t SEL_KCSEG = 0x08;  /* kernel code, 64-bit */
constexpr uint16_t SEL_KDSEG = 0x10;  /* kernel data */
constexpr uint16_t SEL_UDSEG = 0x1b;  /* user data (0x18 | RPL 3) */
constexpr uint16_t SEL_UCSEG = 0x23;  /* user code (0x20 | RPL 3), 64-bit */
constexpr uint16_t SEL_TSS = 0x28;    /* 16-byte TSS descriptor */

/* Installs the GDT and TSS and reloads every segment register. */
void gdt_init(void);

/* Sets the stack the CPU switches to on an interrupt or exception from user
 * mode (TSS.rsp0).  The scheduler calls it on every switch to a thread. */
void tss_set_kernel_stack(uint64_t rsp0);
uint64_t tss_get_kernel_stack(void);

#endif /* ARCH_X86_64_GDT_H */
