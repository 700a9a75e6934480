/* lib/user/syscall-raw.h -- the `syscall` instruction itself.
 *
 * syscall_raw() makes system call NUMBER with up to six arguments, passed
 * as raw 64-bit values in rdi, rsi, rdx, r10, r8, r9 (abi.md "System
 * calls"), and returns rax.  The CPU overwrites rcx (return rip) and r11
 * (saved rflags); the kernel preserves every other register.  The "memory"
 * clobber tells the compiler the kernel may read or write any buffer we
 * passed.  The stubs in lib/user/syscall.cc are built on it; tests that
 * need arbitrary numbers or arguments (syscall-fuzz) call it directly. */
#ifndef LIB_USER_SYSCALL_RAW_H
#define LIB_USER_SYSCALL_RAW_H

#include <stdint.h>

static inline long syscall_raw(uint64_t number, uint64_t a0 = 0, uint64_t a1 = 0,
                               uint64_t a2 = 0, uint64_t a3 = 0, uint64_t a4 = 0,
                               uint64_t a5 = 0) {
  register uint64_t rax asm("rax") = number;
  register uint64_t rdi asm("rdi") = a0;
  register uint64_t rsi asm("rsi") = a1;
  register uint64_t rdx asm("rdx") = a2;
  register uint64_t r10 asm("r10") = a3;
  register uint64_t r8 asm("r8") = a4;
  register uint64_t r9 asm("r9") = a5;
  asm volatile("syscall"
               : "+r"(rax)
               : "r"(rdi), "r"(rsi), "r"(rdx), "r"(r10), "r"(r8), "r"(r9)
               : "rcx", "r11", "memory");
  return (long)rax;
}

#endif /* LIB_USER_SYSCALL_RAW_H */
