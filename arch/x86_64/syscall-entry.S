/* arch/x86_64/syscall-entry.S -- where the `syscall` instruction lands.
 *
 * On `syscall` the CPU (SDM vol. 2, SYSCALL) has put the user rip in rcx
 * and the user rflags in r11, loaded CS/SS from IA32_STAR, cleared the
 * rflags bits in IA32_FMASK (so interrupts are off) and jumped here, still
 * on the user stack.  We:
 *
 *   1. park the user rsp in syscall_user_rsp and switch to the running
 *      thread's kernel stack (syscall_kernel_rsp); interrupts stay off
 *      until the user rsp is saved on that stack, so one global will do;
 *   2. push what an interrupt from user mode would have pushed (ss, rsp,
 *      rflags, cs, rip), an error code 0 and vec_no SYSCALL_VEC_NO, then
 *      the general-purpose registers in struct gp_registers order: the
 *      stack now holds a complete struct intr_frame;
 *   3. turn interrupts on and call syscall_handler(frame), which leaves
 *      the result in frame->R.rax (and may rewrite the frame, as exec and
 *      the kill path do);
 *   4. leave through the common interrupt exit (intr_exit: pop, iretq).
 *
 * Every register but rax, rcx and r11 comes back as the user left it; rcx
 * and r11 come back as the user's rip and rflags. */

#include "arch/x86_64/intr-frame.inc"

        .text
        .globl syscall_entry
syscall_entry:
        movq %rsp, syscall_user_rsp(%rip)
        movq syscall_kernel_rsp(%rip), %rsp

        pushq $0x1b                     /* ss: SEL_UDSEG */
        pushq syscall_user_rsp(%rip)    /* rsp */
        pushq %r11                      /* rflags */
        pushq $0x23                     /* cs: SEL_UCSEG */
        pushq %rcx                      /* rip */
        pushq $0                        /* error code */
        pushq $0x100                    /* vec_no: SYSCALL_VEC_NO */

        PUSH_GP_REGISTERS

        sti
        cld
        xorl %ebp, %ebp                 /* ends kernel backtraces here */
        movq %rsp, %rdi
        movabsq $syscall_handler, %rax
        call *%rax
        cli
        jmp intr_exit

        .section .note.GNU-stack, "", @progbits
