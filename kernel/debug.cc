/* kernel/debug.cc -- kernel panics and backtraces (see kernel/panic.h).
 *
 * debug_panic() prints "Kernel PANIC at FILE:LINE in FUNC(): MESSAGE", then
 * "Call stack: ADDR ADDR ..." by walking the frame-pointer chain (the kernel
 * is built with -fno-omit-frame-pointer), then the same addresses resolved
 * to function names when the kernel carries a symbol table (see
 * kernel/ksyms.h).  Then, with -q, it powers off reporting failure; without
 * -q it stops the CPU for a debugger.  tools/backtrace resolves a
 * "Call stack:" line on the host, with file and line numbers.
 *
 * The walk crosses interrupt frames: a return address equal to intr_exit
 * (arch/x86_64/intr-stubs.S) means the frame above is intr_handler's, and
 * the struct intr_frame it was called with lies just above that frame
 * (intr_entry passes its rsp; the call pushes the return address and
 * intr_handler pushes rbp, so the frame starts at rbp + 16).  The walk then
 * lists the interrupted instruction, marked `*`, and goes on from the
 * interrupted rbp -- unless the interrupted code was a user program. */
#include <debug.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>

#include "arch/x86_64/interrupt.h"
#include "arch/x86_64/mmu.h"
#include "devices/shutdown.h"
#include "kernel/ksyms.h"
#include "kernel/panic.h"
#include "lib/kernel/console.h"

extern "C" char __image_start[], __text_end[], intr_exit[];

namespace {
int panic_depth;
bool panic_power_off;                /* -q */
const intr_frame *fault_frame;       /* panic_set_fault_frame(), or NULL */

constexpr int MAX_FRAMES = 32;

/* One call-stack entry: a return address, or the address of an
 * instruction an interrupt stopped, or of the one that faulted. */
struct stack_entry {
  enum kind { RETURN, INTERRUPTED, FAULTED };
  uint64_t addr;
  kind what;
  bool exact() const { return what != RETURN; }
};

bool is_kernel_text(uint64_t addr) {
  return addr >= (uint64_t)__image_start && addr < (uint64_t)__text_end;
}

/* True if ADDR, in kernel text, follows a call instruction: a return
 * address.  The kernel's calls are `call *%reg` (ff d0+r, possibly after a
 * REX prefix; the large code model) and `call rel32` (e8). */
bool follows_call(uint64_t addr) {
  if (!is_kernel_text(addr) || addr < (uint64_t)__image_start + 5) return false;
  const uint8_t *p = (const uint8_t *)addr;
  return (p[-2] == 0xff && (p[-1] & 0xf8) == 0xd0) || p[-5] == 0xe8;
}

/* True if the function holding RIP has run its frame-pointer prologue
 * (push %rbp; mov %rsp,%rbp) by the time RIP runs, so that rbp is its own
 * frame.  Leaf functions often have none; GCC may also put an instruction
 * or two before it. */
bool has_own_frame(uint64_t rip) {
  uint64_t offset;
  if (ksyms_lookup(rip, &offset) == nullptr) return true; /* cannot tell: trust rbp */
  const uint8_t *start = (const uint8_t *)(rip - offset);
  for (int i = 0; i + 4 <= 32 && (uint64_t)(start + i) < rip; i++)
    if (start[i] == 0x55 && start[i + 1] == 0x48 && start[i + 2] == 0x89 && start[i + 3] == 0xe5)
      return rip >= (uint64_t)(start + i + 4);
  return false;
}

void collect_frames(uint64_t rbp, stack_entry *out, int *n, int max);

/* Appends the interrupted (or faulting, with KIND) instruction of kernel
 * frame F and the frames of the code it interrupted to OUT.  If that code
 * had no frame of its own yet (a leaf function, or a prologue not yet run),
 * its return address is still near the top of the interrupted stack, below
 * the caller's frame: the first word there that follows a call. */
void collect_interrupted(const intr_frame *f, stack_entry::kind kind, stack_entry *out, int *n,
                         int max) {
  if (*n >= max) return;
  out[(*n)++] = {f->rip, kind};
  uint64_t rsp = f->rsp, rbp = f->R.rbp;
  if (!has_own_frame(f->rip) && rsp >= KERN_BASE && (rsp & 7) == 0 && rsp < rbp &&
      rbp - rsp < 8192 /* one kernel stack */) {
    for (uint64_t *w = (uint64_t *)rsp; w < (uint64_t *)rbp && w < (uint64_t *)rsp + 16; w++) {
      if (follows_call(*w)) {
        if (*n < max) out[(*n)++] = {*w, stack_entry::RETURN};
        break;
      }
    }
  }
  collect_frames(rbp, out, n, max);
}

/* Appends the entries of the frame chain starting at RBP to OUT (holding
 * *N, at most MAX).  Stops at a null or misaligned frame pointer, one
 * outside kernel memory, or a return address outside kernel text. */
void collect_frames(uint64_t rbp, stack_entry *out, int *n, int max) {
  while (*n < max && rbp != 0 && (rbp & 7) == 0 && rbp >= KERN_BASE) {
    uint64_t *frame = (uint64_t *)rbp;
    uint64_t ret = frame[1];
    if (ret == (uint64_t)intr_exit) {
      /* intr_handler's frame: continue in the interrupted code. */
      const intr_frame *f = (const intr_frame *)(rbp + 16);
      if ((f->cs & 3) == 0 && is_kernel_text(f->rip) && f->R.rbp > rbp)
        collect_interrupted(f, stack_entry::INTERRUPTED, out, n, max);
      return;
    }
    if (!is_kernel_text(ret)) return;
    out[(*n)++] = {ret, stack_entry::RETURN};
    if (frame[0] <= rbp) return; /* frames grow upward; anything else is junk */
    rbp = frame[0];
  }
}
}  // namespace

void panic_set_power_off(bool on) { panic_power_off = on; }

void panic_set_fault_frame(const intr_frame *f) { fault_frame = f; }

extern "C" void debug_backtrace(void) {
  stack_entry frames[MAX_FRAMES];
  int n = 0;
  const intr_frame *f = fault_frame;
  if (f != nullptr && (f->cs & 3) == 0 && is_kernel_text(f->rip)) {
    collect_interrupted(f, stack_entry::FAULTED, frames, &n, MAX_FRAMES);
  } else {
    collect_frames((uint64_t)__builtin_frame_address(0), frames, &n, MAX_FRAMES);
  }
  printf("Call stack:");
  for (int i = 0; i < n; i++)
    printf(" %#llx%s", (unsigned long long)frames[i].addr, frames[i].exact() ? "*" : "");
  printf(".\n");
  for (int i = 0; i < n; i++) {
    /* A return address follows its call: look up the call itself. */
    uint64_t lookup = frames[i].exact() ? frames[i].addr : frames[i].addr - 1;
    uint64_t offset;
    const char *name = ksyms_lookup(lookup, &offset);
    if (name != nullptr)
      printf("  %#llx: %s+%#llx%s\n", (unsigned long long)frames[i].addr, name,
             (unsigned long long)(offset + (frames[i].exact() ? 0 : 1)),
             frames[i].what == stack_entry::FAULTED       ? " (the faulting instruction)"
             : frames[i].what == stack_entry::INTERRUPTED ? " (interrupted here)"
                                                          : "");
  }
}

extern "C" void debug_panic(const char *file, int line, const char *function,
                            const char *message, ...) {
  intr_disable();
  console_panic();
  panic_depth++;
  if (panic_depth == 1) {
    printf("Kernel PANIC at %s:%d in %s(): ", file, line, function);
    va_list args;
    va_start(args, message);
    vprintf(message, args);
    va_end(args);
    printf("\n");
    debug_backtrace();
    printf("The `backtrace' tool (tools/backtrace) shows file and line numbers.\n");
  } else if (panic_depth == 2) {
    printf("Kernel PANIC recursion at %s:%d in %s().\n", file, line, function);
  }
  if (panic_power_off) {
    /* -q: end the run at once, telling the runner it failed. */
    shutdown_report_failure();
    shutdown_power_off_now();
  }
  if (panic_depth == 1)
    printf("Kernel stopped: interrupts off, CPU halted, for gdb (pintos --gdb or "
           "--gdb-no-wait); with -q a panic powers off instead.\n");
  for (;;) asm volatile("cli; hlt");
}
