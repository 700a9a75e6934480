/* kernel/switch.S -- the context switch between two kernel threads.
 *
 * Layer: kernel/, called only by schedule() in kernel/thread.cc with
 * interrupts off.  A thread that is not running is fully described by its
 * saved stack pointer: everything else it needs (the callee-saved registers
 * of the System V ABI and its return address into schedule()) is on its own
 * stack.  Caller-saved registers need no saving: schedule() is an ordinary
 * call, so its caller already assumed they are clobbered.
 *
 * Stack of a switched-out thread, from thread.saved_rsp upward:
 *
 *     saved_rsp -> r15 r14 r13 r12 rbp rbx | return address
 *
 * A new thread gets the same picture built by thread_create(): r12 = its
 * function, r13 = its argument, rbp = 0 (ends backtraces), and the return
 * address switch_entry below. */

/* Byte offset of saved_rsp in struct thread; kernel/thread.cc checks it
 * with a static_assert. */
#define THREAD_SAVED_RSP 24

        .text

/* thread *switch_threads(thread *cur, thread *next)
 * Saves CUR's context, loads NEXT's, and returns on NEXT's stack.  The value
 * returned is the thread switched away from (rdi, which is not touched, so
 * NEXT sees the CUR of the call that switched to it). */
        .globl switch_threads
        .type switch_threads, @function
switch_threads:
        pushq %rbx
        pushq %rbp
        pushq %r12
        pushq %r13
        pushq %r14
        pushq %r15
        movq %rsp, THREAD_SAVED_RSP(%rdi)
        movq THREAD_SAVED_RSP(%rsi), %rsp
        popq %r15
        popq %r14
        popq %r13
        popq %r12
        popq %rbp
        popq %rbx
        movq %rdi, %rax
        ret
        .size switch_threads, . - switch_threads

/* First code a new thread runs, "returned to" by switch_threads with the
 * previous thread in rax.  Finishes the switch, then runs the thread's
 * function through thread_run_function (which never returns). */
        .globl switch_entry
        .type switch_entry, @function
switch_entry:
        movq %rax, %rdi
        andq $-16, %rsp
        movabsq $thread_schedule_tail, %rax
        call *%rax
        movq %r12, %rdi
        movq %r13, %rsi
        movabsq $thread_run_function, %rax
        call *%rax
        ud2
        .size switch_entry, . - switch_entry

        .section .note.GNU-stack, "", @progbits
