/* lib/user/entry.S -- where every user program starts.
 *
 * The kernel enters at e_entry (this _start) with, per abi.md "Process
 * start": rdi = argc, rsi = argv, rsp pointing at a fake return address 0
 * just below argv[0], and (rsp + 8) 16-byte aligned -- the state a normal
 * function sees right after a `call`.
 *
 * _start runs any global constructors (.init_array; our programs have
 * none, but a student's might), calls main(argc, argv) and passes its
 * result to exit().  It never returns: the fake return address 0 would
 * fault.  rbp is cleared so that a frame-pointer backtrace stops here. */

        .text
        .globl  _start
        .type   _start, @function
_start:
        xorl    %ebp, %ebp              /* outermost frame */
        andq    $-16, %rsp              /* robust even if the kernel slipped */
        movl    %edi, %r12d             /* argc, kept across constructors */
        movq    %rsi, %r13              /* argv */

        leaq    __init_array_start(%rip), %rbx
1:      leaq    __init_array_end(%rip), %rax
        cmpq    %rax, %rbx
        jae     2f
        call    *(%rbx)
        addq    $8, %rbx
        jmp     1b

2:      movl    %r12d, %edi
        movq    %r13, %rsi
        call    main
        movl    %eax, %edi
        call    exit
        hlt                             /* not reached: exit() never returns */
        .size   _start, . - _start

        .section .note.GNU-stack, "", @progbits
