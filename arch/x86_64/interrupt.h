/* arch/x86_64/interrupt.h -- interrupt levels, the interrupt frame, handlers.
 *
 * Owns the IDT (256 gates), the 8259 PIC pair (IRQ 0..15 remapped to vectors
 * 0x20..0x2f) and the common entry/exit path written in intr-stubs.S.
 *
 * Vectors 0x00..0x1f are CPU exceptions; 0x20..0x2f external (device)
 * interrupts, whose handlers run with interrupts off and must not sleep;
 * everything else is free for software interrupts (`int N`), e.g. 0x42-0x44
 * for the test interrupts.  A vector without a handler panics with a dump of
 * the frame (an exception in the kernel is a kernel bug). */
#ifndef ARCH_X86_64_INTERRUPT_H
#define ARCH_X86_64_INTERRUPT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <debug.h>

#include "arch/x86_64/cpu.h"

enum intr_level { INTR_OFF, INTR_ON };

/* True while an external interrupt handler runs. */
bool intr_context(void);

/* Interrupt levels.  Inline: every lock, malloc and scheduler decision
 * turns interrupts off and back on, and as calls these cost more than the
 * cli/sti they wrap.  intr_enable() and intr_disable() return the
 * previous level. */
inline intr_level intr_get_level(void) {
  uint64_t flags;
  asm volatile("pushfq; popq %0" : "=g"(flags));
  return (flags & FLAG_IF) ? INTR_ON : INTR_OFF;
}
inline intr_level intr_enable(void) {
  intr_level old = intr_get_level();
  ASSERT(!intr_context()); /* An external handler runs with them off. */
  asm volatile("sti" : : : "memory");
  return old;
}
inline intr_level intr_disable(void) {
  intr_level old = intr_get_level();
  asm volatile("cli" : : : "memory");
  return old;
}
inline intr_level intr_set_level(intr_level level) {
  return level == INTR_ON ? intr_enable() : intr_disable();
}

/* General-purpose registers, in the order intr-stubs.S pushes them. */
struct gp_registers {
  uint64_t r15, r14, r13, r12, r11, r10, r9, r8;
  uint64_t rsi, rdi, rbp, rdx, rcx, rbx, rax;
};

/* What the stack holds when a handler runs: registers saved by intr-stubs.S,
 * the vector number and error code (0 when the CPU pushes none), then the
 * frame the CPU pushed (Intel SDM vol. 3, 6.14.2 "64-bit mode stack frame").
 * The same layout describes a thread's saved user context and is what
 * intr_return() loads. */
struct intr_frame {
  gp_registers R;
  uint64_t vec_no;
  uint64_t error_code;
  uint64_t rip;
  uint64_t cs;
  uint64_t eflags;
  uint64_t rsp;
  uint64_t ss;
};
/* Its size in 8-byte words: 15 registers, vec_no, error_code and the five
 * words the CPU pushes.  intr-frame.inc defines the same INTR_FRAME_QWORDS
 * for the assembly. */
constexpr size_t INTR_FRAME_QWORDS = 22;
static_assert(sizeof(intr_frame) == INTR_FRAME_QWORDS * 8,
              "intr_frame layout is shared with assembly (intr-frame.inc)");

typedef void intr_handler_func(intr_frame *);

/* Sets up the IDT and the PICs; all IRQs stay masked until a handler is
 * registered for them. */
void intr_init(void);

/* Registers HANDLER for external interrupt VEC (0x20..0x2f) and unmasks it.
 * HANDLER runs with interrupts off. */
void intr_register_ext(uint8_t vec, intr_handler_func *handler, const char *name);

/* Masks (MASKED) or unmasks external interrupt VEC at the PIC.  A masked
 * device interrupt is lost, not delayed: tests use this to check that a
 * driver survives losing one. */
void intr_set_masked(uint8_t vec, bool masked);

/* Registers HANDLER for internal interrupt (exception or `int`) VEC.  DPL 3
 * lets user code raise it with `int VEC`; LEVEL says whether interrupts are
 * on while HANDLER runs. */
void intr_register_int(uint8_t vec, int dpl, intr_level level,
                       intr_handler_func *handler, const char *name);

/* From an external interrupt handler: yield the CPU just before returning
 * from the interrupt (used by the timer for preemption). */
void intr_yield_on_return(void);

const char *intr_name(uint8_t vec);
void intr_dump_frame(const intr_frame *f);

/* Loads every register from F and resumes it with iretq (into user mode when
 * F->cs says so).  F may be anywhere in kernel memory. */
/* Defined in intr-stubs.S, hence C linkage. */
extern "C" [[noreturn]] void intr_return(const intr_frame *f);


/* RAII: interrupts off in a scope, previous level restored at its end.
 *     { interrupts_off off; ...critical section... } */
class interrupts_off {
 public:
  interrupts_off() : old_(intr_disable()) {}
  ~interrupts_off() { intr_set_level(old_); }
  interrupts_off(const interrupts_off &) = delete;
  interrupts_off &operator=(const interrupts_off &) = delete;

 private:
  intr_level old_;
};

#endif /* ARCH_X86_64_INTERRUPT_H */
