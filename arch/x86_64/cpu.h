/* arch/x86_64/cpu.h -- named bits of the CPU's own registers: RFLAGS and
 * the model-specific registers the kernel programs.
 *
 * Layer: arch/x86_64.  Constants only (plus rdmsr/wrmsr), so that no other
 * file spells `1 << 9` or 0xc0000080.  arch/x86_64/start.S sets EFER.LME
 * and EFER.NXE before any C++ runs and names the bits in comments. */
#ifndef ARCH_X86_64_CPU_H
#define ARCH_X86_64_CPU_H

#include <stdint.h>

/* RFLAGS bits (Intel SDM vol. 1, 3.4.3). */
constexpr uint64_t FLAG_MBS = 1 << 1; /* reserved, always reads as one */
constexpr uint64_t FLAG_TF = 1 << 8;  /* trap (single step) */
constexpr uint64_t FLAG_IF = 1 << 9;  /* interrupts enabled */
constexpr uint64_t FLAG_DF = 1 << 10; /* string instructions go down */
constexpr uint64_t FLAG_AC = 1 << 18; /* alignment check */

/* Model-specific registers (SDM vol. 4, table 2-2) and EFER's bits. */
constexpr uint32_t MSR_EFER = 0xc0000080;  /* extended feature enables */
constexpr uint32_t MSR_STAR = 0xc0000081;  /* syscall/sysret segment bases */
constexpr uint32_t MSR_LSTAR = 0xc0000082; /* syscall entry point */
constexpr uint32_t MSR_FMASK = 0xc0000084; /* RFLAGS bits syscall clears */

constexpr uint64_t EFER_SCE = 1 << 0;  /* syscall/sysret enabled */
constexpr uint64_t EFER_NXE = 1 << 11; /* no-execute bit in PTEs honoured */

inline uint64_t rdmsr(uint32_t msr) {
  uint32_t lo, hi;
  asm volatile("rdmsr" : "=a"(lo), "=d"(hi) : "c"(msr));
  return ((uint64_t)hi << 32) | lo;
}

inline void wrmsr(uint32_t msr, uint64_t value) {
  asm volatile("wrmsr" : : "c"(msr), "a"((uint32_t)value), "d"((uint32_t)(value >> 32)));
}

#endif /* ARCH_X86_64_CPU_H */
