/// SOLUTION FILE(userprog): safe access to user memory (see uaccess.h).
/* userprog/uaccess-asm.S -- the instructions allowed to fault on user
 * memory, and their fixup table (see userprog/uaccess.h).
 *
 * Each routine is a plain function.  uaccess_fixups lists, per routine,
 * [start, end) of its code and the label where execution resumes after a
 * page fault anywhere in that range; registers are as the faulting
 * instruction left them, which is what each fixup label expects. */

        .text

/* size_t uaccess_copy(void *dst, const void *src, size_t n)
 * Returns the number of bytes NOT copied: 0 on success.  After a fault in
 * `rep movsb`, rcx still counts the bytes left (the faulting one
 * included), so the fixup is simply the normal return path. */
        .globl uaccess_copy
uaccess_copy:
        movq %rdx, %rcx
        rep movsb
.Lcopy_fixup:
        movq %rcx, %rax
        ret
.Lcopy_end:

/* size_t uaccess_strncpy(char *dst, const char *src, size_t max)
 * Copies bytes up to and including a NUL, at most MAX bytes.  Returns the
 * string length (< MAX) if a NUL was copied, MAX if none was found, and
 * (size_t)-1 on a fault.  DST may be NULL: then nothing is stored (a pure
 * length scan). */
        .globl uaccess_strncpy
uaccess_strncpy:
        xorl %eax, %eax
1:      cmpq %rdx, %rax
        jae 3f
        movzbl (%rsi,%rax), %ecx        /* may fault */
        testq %rdi, %rdi
        jz 2f
        movb %cl, (%rdi,%rax)
2:      testl %ecx, %ecx
        jz 3f
        incq %rax
        jmp 1b
3:      ret
.Lstrncpy_fixup:
        movq $-1, %rax
        ret
.Lstrncpy_end:

/* struct { uint64_t start, end, fixup; } uaccess_fixups[]; ends with 0s. */
        .section .rodata
        .align 8
        .globl uaccess_fixups
uaccess_fixups:
        .quad uaccess_copy, .Lcopy_end, .Lcopy_fixup
        .quad uaccess_strncpy, .Lstrncpy_end, .Lstrncpy_fixup
        .quad 0, 0, 0

        .section .note.GNU-stack, "", @progbits
