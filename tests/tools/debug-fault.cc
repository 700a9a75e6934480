/* tests/tools/debug-fault.cc -- kernels that fail on purpose, for the
 * tools' own tests (tests/tools/runner.pl) and the README's gdb examples.
 * None is a test by itself (none has a checker).
 *
 *   debug-fault         starts two threads that block for good, then writes
 *                       through a bad kernel pointer two calls deep: the
 *                       panic's call stack must start at the faulting
 *                       instruction (fault_write, fault_middle, then
 *                       test_debug_fault); without -q the kernel stops
 *                       there for gdb (btthreadall, btpagefault)
 *   debug-spin          runs forever (for the runner's -T)
 *   debug-triple-fault  loads an empty IDT and raises an exception: the
 *                       CPU resets (QEMU, with -no-reboot, exits) */
#include <stdint.h>

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

void test_debug_spin(void) {
  msg("spinning");
  for (;;) asm volatile("pause");
}

void test_debug_triple_fault(void) {
  msg("loading an empty IDT");
  struct [[gnu::packed]] {
    uint16_t limit;
    uint64_t base;
  } empty_idt = {0, 0};
  /* int3 cannot be delivered (#GP), nor can the #GP (#DF), nor the #DF. */
  asm volatile("cli; lidt %0; int3" : : "m"(empty_idt));
  msg("still alive after int3");
}

}  // namespace

KERNEL_TEST("debug-fault", test_debug_fault);
KERNEL_TEST("debug-spin", test_debug_spin);
KERNEL_TEST("debug-triple-fault", test_debug_triple_fault);
