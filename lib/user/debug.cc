/* lib/user/debug.cc -- debug_panic() for user programs.
 *
 * PANIC() and a failed ASSERT() in a user program print
 *   User process ABORT at FILE:LINE in FUNC(): MESSAGE
 * as one console line, then the call stack, and end the process with
 * status -1 (so a test's checker sees "NAME: exit(-1)"). */
#include <stdarg.h>
#include <stdio.h>

#include "debug.h"
#include "syscall.h"

extern "C" void debug_panic(const char *file, int line, const char *function,
                            const char *message, ...) {
  char text[256];
  int len = snprintf(text, sizeof text, "User process ABORT at %s:%d in %s(): ",
                     file, line, function);
  if (len < 0 || (size_t)len >= sizeof text) len = sizeof text - 1;
  va_list args;
  va_start(args, message);
  vsnprintf(text + len, sizeof text - len, message, args);
  va_end(args);
  printf("%s\n", text);
  debug_backtrace();
  exit(-1);
}

/* Prints the chain of return addresses, following saved frame pointers
 * (user code is built with -fno-omit-frame-pointer; _start clears rbp). */
extern "C" void debug_backtrace(void) {
  char line[256];
  int len = snprintf(line, sizeof line, "Call stack:");
  void **frame = (void **)__builtin_frame_address(0);
  for (int depth = 0; frame != nullptr && depth < 16; depth++) {
    void *ret = frame[1];
    if (ret == nullptr) break;
    if (len < (int)sizeof line)
      len += snprintf(line + len, sizeof line - len, " %p", ret);
    frame = (void **)frame[0];
  }
  printf("%s.\n", line);
}
