/* tests/tools/debug-fault.cc -- a kernel that dies on purpose, for the
 * debugging tools: `run debug-fault` starts two threads that block for
 * good, then writes through a bad kernel pointer two calls deep.
 *
 * Not a test by itself (it has no checker): tests/tools/runner.pl runs it
 * to check that the panic's call stack starts at the faulting instruction
 * (in fault_write, then fault_middle, then test_debug_fault) and that the
 * runner exits 1; the README's gdb examples (btthreadall, btpagefault)
 * run it without -q, so that the kernel stops for gdb. */
#include "kernel/synch.h"
#include "kernel/thread.h"
#include "tests/kernel/ktest.h"

namespace {

semaphore never;   /* nobody ups it: the two waiters stay blocked */
semaphore started; /* one up per waiter, once it is about to block */

void waiter(void *aux) {
  sema_up(&started);
  sema_down(&never);
}

/* Writes VALUE through P: the faulting instruction. */
[[gnu::noinline]] void fault_write(volatile int *p, int value) {
  *p = value;
  asm volatile("" ::: "memory"); /* keep the frame: no tail call */
}

[[gnu::noinline]] void fault_middle(volatile int *p) {
  fault_write(p, 42);
  asm volatile("" ::: "memory");
}

void test_debug_fault(void) {
  sema_init(&never, 0);
  sema_init(&started, 0);
  thread_create("waiter-1", PRI_DEFAULT, waiter, nullptr);
  thread_create("waiter-2", PRI_DEFAULT, waiter, nullptr);
  sema_down(&started);
  sema_down(&started);
  msg("writing to an unmapped kernel address");
  /* KERN_BASE - 4 KiB: the last user page, never mapped in a kernel
   * thread, accessed from kernel mode: a kernel bug by definition. */
  fault_middle((volatile int *)(0x8004000000ULL - 4096));
  msg("still alive: the write did not fault");
}

}  // namespace

KERNEL_TEST("debug-fault", test_debug_fault);
