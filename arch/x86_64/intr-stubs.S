/* arch/x86_64/intr-stubs.S -- the entry and exit path of every interrupt.
 *
 * For each of the 256 vectors a stub pushes a zero error code (for vectors
 * where the CPU pushes none), then the vector number, and jumps to
 * intr_entry, which saves the general-purpose registers to complete a
 * struct intr_frame (arch/x86_64/interrupt.h) and calls
 * intr_handler(frame).  intr_exit restores the frame and returns with iretq;
 * intr_return(frame) enters that exit path with any frame, which is how a
 * new user process first reaches user mode.
 *
 * Table of the vectors with a CPU error code: Intel SDM vol. 3, table 6-1. */

#include "arch/x86_64/intr-frame.inc"

        .text

/* Saves the registers in struct gp_registers order. */
        .globl intr_entry
intr_entry:
        PUSH_GP_REGISTERS
        cld
        movq %rsp, %rdi
        /* RBP is left alone: a backtrace from a kernel-mode fault walks on
         * into the interrupted code (a user RBP fails the walker's
         * kernel-address check and ends it). */
        movabsq $intr_handler, %rax
        call *%rax
        /* fall through */
        .globl intr_exit
intr_exit:
        POP_GP_REGISTERS
        addq $16, %rsp                  /* vector number, error code */
        iretq

/* [[noreturn]] void intr_return(const intr_frame *f): the frame is copied to
 * the top of the current stack first, so F may live anywhere. */
        .globl intr_return
intr_return:
        movq %rdi, %rsi
        subq $(INTR_FRAME_QWORDS * 8), %rsp
        andq $-16, %rsp
        movq %rsp, %rdi
        movl $INTR_FRAME_QWORDS, %ecx
        rep movsq
        jmp intr_exit

/* One stub per vector. */
.macro STUB vec, has_error_code
        .align 16
stub_\vec:
.if \has_error_code == 0
        pushq $0
.endif
        pushq $\vec
        jmp intr_entry
.endm

.altmacro
.macro STUB_FOR vec
.if (\vec == 8) || (\vec == 10) || (\vec == 11) || (\vec == 12) || (\vec == 13) || (\vec == 14) || (\vec == 17) || (\vec == 21) || (\vec == 29) || (\vec == 30)
        STUB \vec, 1
.else
        STUB \vec, 0
.endif
.endm

.set i, 0
.rept 256
        STUB_FOR %i
.set i, i + 1
.endr

/* intr_stubs[N] = address of stub N, for building the IDT. */
.macro STUB_ADDR vec
        .quad stub_\vec
.endm
        .section .rodata
        .align 8
        .globl intr_stubs
intr_stubs:
.set i, 0
.rept 256
        STUB_ADDR %i
.set i, i + 1
.endr
        .section .note.GNU-stack, "", @progbits
