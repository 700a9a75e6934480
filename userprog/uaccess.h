/// SOLUTION FILE(userprog): safe access to user memory: copy in and out of user
/// space, check buffers and strings, and survive bad user pointers (never a
/// kernel panic for a bad pointer passed to a system call).
/* userprog/uaccess.h -- the only way the kernel touches user memory.
 *
 * Layer: userprog/.  System calls never dereference a user pointer
 * themselves: they copy through these routines, which
 *
 *   1. refuse any range that is not entirely below KERN_BASE (or that
 *      wraps) before touching a byte, and
 *   2. touch user memory only with a few instructions listed in a fixup
 *      table (userprog/uaccess-asm.S).  If one of them faults -- page 0,
 *      an unmapped page, a read-only page the kernel writes (CR0.WP is on)
 *      -- the page-fault handler (userprog/exception.cc) finds the
 *      faulting rip in the table, resumes at the routine's fixup label, and
 *      the routine returns an error instead of the kernel panicking.
 *
 * This is the "fault, then fix up" design rather than "walk the page table
 * first": it is byte-exact (strings and buffers may straddle pages), costs
 * nothing when the pointer is good, and keeps working once virtual memory
 * makes pages appear on first touch (the fault is then first offered to
 * the VM, which may load the page and retry the instruction).
 *
 * None of these functions sleeps by itself, but a fault inside them may
 * (once VM loads pages), so call them with interrupts on and no spinlocks.
 * The caller decides what an error means (the system calls kill the
 * process with -1 after releasing what they hold). */
#ifndef USERPROG_UACCESS_H
#define USERPROG_UACCESS_H

#include <stddef.h>
#include <stdint.h>

struct intr_frame;

/* Copies N bytes from user address USRC to kernel buffer DST.  Returns
 * false if any source byte is not readable user memory (DST then holds a
 * partial copy). */
[[nodiscard]] bool copy_from_user(void *dst, const void *usrc, size_t n);

/* Copies N bytes from kernel buffer SRC to user address UDST.  Returns
 * false if any destination byte is not writable user memory (a prefix may
 * have been written). */
[[nodiscard]] bool copy_to_user(void *udst, const void *src, size_t n);

/* Checks that every byte of [UADDR, UADDR + N) is readable user memory
 * (and writable, with WRITABLE) by touching one byte per page: a write
 * probe reads a byte and stores it back unchanged.  Returns false on the
 * first bad page.  Lets a system call refuse a bad buffer before it does
 * any work (a read() must not consume file data into a buffer it cannot
 * fill).  The process's other threads do not exist, so the write-back
 * races with nothing. */
[[nodiscard]] bool user_buffer_ok(const void *uaddr, size_t n, bool writable);

enum class user_string {
  OK,       /* copied, NUL included */
  TOO_LONG, /* valid string, but it does not fit in SIZE bytes */
  FAULT,    /* a byte up to the terminating NUL is not readable */
};

/* Copies the NUL-terminated user string at USRC into DST, which holds SIZE
 * (>= 1) bytes.  On TOO_LONG the rest of the user string has still been
 * checked up to its NUL, so a too-long string in bad memory is a FAULT,
 * as if the kernel had read it all; DST then holds a truncated,
 * terminated prefix. */
[[nodiscard]] user_string strncpy_from_user(char *dst, const char *usrc, size_t size);

/* True if RIP lies in one of the copy routines (a kernel-mode fault there
 * is a user-memory fault the kernel expects). */
bool uaccess_in_routine(uint64_t rip);

/* For the page-fault handler: if F is a kernel-mode fault at user address
 * FAULT_ADDR raised by one of the routines above, points F->rip at that
 * routine's fixup label and returns true.  Otherwise returns false (a
 * kernel bug). */
bool uaccess_fixup(intr_frame *f, uint64_t fault_addr);

#endif /* USERPROG_UACCESS_H */
