/* kernel/panic.h -- how the kernel stops on a panic (beyond lib/debug.h).
 *
 * Layer: kernel/ (implemented in kernel/debug.cc).  debug_panic() prints
 * the message and the call stack, then either powers off, reporting
 * failure to the runner (-q on the command line: a test run ends at once),
 * or stops the CPU with interrupts off and says so (no -q: a debugger
 * attached through `pintos --gdb` can then inspect the dead kernel).
 *
 * The call stack of a panic caused by an exception starts at the faulting
 * instruction, marked with a `*` (it is not a return address, unlike every
 * other entry), and goes on through the interrupted code's frames: the
 * exception handler's own frames are left out. */
#ifndef KERNEL_PANIC_H
#define KERNEL_PANIC_H

#include "arch/x86_64/interrupt.h"

/* With ON, a panic powers the machine off (-q); otherwise, the default, it
 * stops the CPU.  Boot code, before the first thread. */
void panic_set_power_off(bool on);

/* Names F, the frame of an exception the kernel cannot handle, as the cause
 * of the panic about to follow: its backtrace then starts at F->rip and
 * walks on from F's saved rbp.  Interrupts off (an exception handler). */
void panic_set_fault_frame(const intr_frame *f);

#endif /* KERNEL_PANIC_H */
