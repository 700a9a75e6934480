/* userprog/syscall.h -- the system-call layer.
 *
 * Layer: userprog/.  The `syscall` instruction enters through
 * arch/x86_64/syscall-entry.S, which builds a struct intr_frame and calls
 * syscall_handler(frame): rax holds the number, rdi, rsi, rdx, r10, r8, r9
 * the arguments, and the result goes back in rax (shared/abi.md).  An
 * unknown number, a bad pointer or a bad buffer ends the process with
 * status -1.
 *
 * Also here: the test interrupts of abi.md (int 0x42, 0x43, 0x44). */
#ifndef USERPROG_SYSCALL_H
#define USERPROG_SYSCALL_H

/* Programs the syscall MSRs, registers the test interrupts and sets up the
 * process layer.  Call once at boot, after gdt_init() and intr_init(). */
void syscall_init(void);

#endif /* USERPROG_SYSCALL_H */
