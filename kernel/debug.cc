/* kernel/debug.cc -- kernel panics and backtraces.
 *
 * debug_panic() prints "Kernel PANIC at FILE:LINE in FUNC(): MESSAGE", then
 * "Call stack: ADDR ADDR ..." by walking the frame-pointer chain (the kernel
 * is built with -fno-omit-frame-pointer), then the same addresses resolved
 * to function names when the kernel carries a symbol table (see
 * kernel/ksyms.h), and powers the machine off.  tools/backtrace resolves a
 * "Call stack:" line on the host, with file and line numbers. */
#include <debug.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>

#include "arch/x86_64/interrupt.h"
#include "arch/x86_64/mmu.h"
#include "devices/shutdown.h"
#include "kernel/ksyms.h"
#include "lib/kernel/console.h"

extern "C" char __image_start[], __text_end[];

namespace {
int panic_depth;

bool is_kernel_text(uint64_t addr) {
  return addr >= (uint64_t)__image_start && addr < (uint64_t)__text_end;
}

/* Collects up to MAX return addresses from the frame chain starting at RBP.
 * Stops at a null or misaligned frame pointer or one outside kernel memory. */
int collect_frames(uint64_t rbp, uint64_t *out, int max) {
  int n = 0;
  while (n < max && rbp != 0 && (rbp & 7) == 0 && rbp >= KERN_BASE) {
    uint64_t *frame = (uint64_t *)rbp;
    uint64_t ret = frame[1];
    if (!is_kernel_text(ret)) break;
    out[n++] = ret;
    if (frame[0] <= rbp) break; /* frames grow upward; anything else is junk */
    rbp = frame[0];
  }
  return n;
}
}  // namespace

extern "C" void debug_backtrace(void) {
  uint64_t frames[32];
  int n = collect_frames((uint64_t)__builtin_frame_address(0), frames, 32);
  printf("Call stack:");
  for (int i = 0; i < n; i++) printf(" %#llx", (unsigned long long)frames[i]);
  printf(".\n");
  for (int i = 0; i < n; i++) {
    uint64_t offset;
    const char *name = ksyms_lookup(frames[i] - 1, &offset);
    if (name != nullptr)
      printf("  %#llx: %s+%#llx\n", (unsigned long long)frames[i], name,
             (unsigned long long)(offset + 1));
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
  /* Power off so that a test run ends at once instead of timing out. */
  shutdown_power_off_now();
}
