/* arch/x86_64/fpu.h -- the x87/SSE register file of user programs.
 *
 * Layer: arch/x86_64.  The kernel itself never touches the FPU (it is
 * built with -mgeneral-regs-only), so these registers belong to user
 * programs alone, and each process needs its own copy of them: without
 * one, a process could read the values another left behind.
 *
 * fpu_init() turns the FPU and SSE on (CR0.MP, CR0.NE, CR4.OSFXSR,
 * CR4.OSXMMEXCPT; Intel SDM vol. 3, 2.5 "Control registers" and 13.1.3
 * "Initialization of the SSE extensions") and records the state every new
 * process starts from.  The owner of the saved images is userprog/, which
 * decides when to save and load them (see userprog/process.cc). */
#ifndef ARCH_X86_64_FPU_H
#define ARCH_X86_64_FPU_H

#include <stdint.h>

/* The 512-byte image FXSAVE writes and FXRSTOR reads (SDM vol. 1,
 * table 10-2): x87 control/status/tag words, MXCSR, ST0-7, XMM0-15. */
struct alignas(16) fpu_state {
  uint8_t image[512];
};
static_assert(sizeof(fpu_state) == 512, "FXSAVE image is 512 bytes");

/* Enables x87 and SSE for user mode and records the clean state.  Call
 * once at boot, before any user program runs. */
void fpu_init(void);

/* Copies the clean state (FCW 0x37f: every x87 exception masked, 64-bit
 * precision; MXCSR 0x1f80: every SSE exception masked; all registers 0,
 * x87 stack empty) into STATE. */
void fpu_state_clean(fpu_state *state);

/* Saves the registers into STATE / loads them from STATE.  Interrupts
 * off, or at least no other thread may run in between. */
void fpu_save(fpu_state *state);
void fpu_load(const fpu_state *state);

#endif /* ARCH_X86_64_FPU_H */
