/* arch/x86_64/fpu.cc -- x87/SSE enable, save and load (see fpu.h). */
#include "arch/x86_64/fpu.h"

#include <string.h>

namespace {

/* Control-register bits (SDM vol. 3, 2.5). */
constexpr uint64_t CR0_MP = 1 << 1;  /* WAIT honours TS */
constexpr uint64_t CR0_EM = 1 << 2;  /* no x87: every x87 instruction faults */
constexpr uint64_t CR0_TS = 1 << 3;  /* task switched: next FPU use faults */
constexpr uint64_t CR0_NE = 1 << 5;  /* x87 errors as #MF, not via the PIC */
constexpr uint64_t CR4_OSFXSR = 1 << 9;      /* FXSAVE/FXRSTOR and SSE on */
constexpr uint64_t CR4_OSXMMEXCPT = 1 << 10; /* SSE errors as #XM */

/* Offsets in the FXSAVE image (SDM vol. 1, table 10-2). */
constexpr size_t FXSAVE_REGS = 32;   /* ST0-7 then XMM0-15, to the end */
constexpr size_t FXSAVE_REGS_END = 416;

fpu_state clean;

}  // namespace

void fpu_init(void) {
  uint64_t cr0, cr4;
  asm volatile("mov %%cr0, %0" : "=r"(cr0));
  cr0 = (cr0 | CR0_MP | CR0_NE) & ~(CR0_EM | CR0_TS);
  asm volatile("mov %0, %%cr0" : : "r"(cr0));
  asm volatile("mov %%cr4, %0" : "=r"(cr4));
  cr4 |= CR4_OSFXSR | CR4_OSXMMEXCPT;
  asm volatile("mov %0, %%cr4" : : "r"(cr4));

  /* FNINIT resets the x87 part (FCW 0x37f, empty stack); MXCSR gets its
   * reset value; the data registers keep whatever the boot loader left,
   * so they are zeroed in the image. */
  uint32_t mxcsr = 0x1f80;
  asm volatile("fninit; ldmxcsr %0" : : "m"(mxcsr));
  fpu_save(&clean);
  memset(clean.image + FXSAVE_REGS, 0, FXSAVE_REGS_END - FXSAVE_REGS);
  fpu_load(&clean);
}

void fpu_state_clean(fpu_state *state) { *state = clean; }

void fpu_save(fpu_state *state) { asm volatile("fxsave64 %0" : "=m"(*state)); }

void fpu_load(const fpu_state *state) { asm volatile("fxrstor64 %0" : : "m"(*state)); }
