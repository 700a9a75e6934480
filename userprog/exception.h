/* userprog/exception.h -- CPU exceptions: kill the user process, or panic.
 *
 * Layer: userprog/.  Registers a handler for every CPU exception a program
 * or a kernel bug can raise.  The policy:
 *
 *   - from user mode: the process ends with status -1 and nothing is
 *     printed but its exit line (abi.md allows at most one "Page fault
 *     at ..." line; printing none keeps strict checkers happy too);
/// SOLUTION(userprog):
 *   - from kernel mode: a page fault at a user address inside a user-copy
 *     routine resumes at that routine's fixup (userprog/uaccess.h); anything
 *     else is a kernel bug: frame dump and PANIC.
/// STUB:
///  *   - from kernel mode: a kernel bug: frame dump and PANIC.
/// END
 *
 * The page-fault path is written so that virtual memory slots in as one
 * call before the verdict (see page_fault() in exception.cc). */
#ifndef USERPROG_EXCEPTION_H
#define USERPROG_EXCEPTION_H

/* Registers the handlers.  Call once at boot, after intr_init(). */
void exception_init(void);

/* Prints "Exception: N page faults" (shutdown statistics). */
void exception_print_stats(void);

#endif /* USERPROG_EXCEPTION_H */
