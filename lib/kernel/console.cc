/* lib/kernel/console.cc -- printf, puts, putchar and putbuf for the kernel.
 * The formatting itself is lib/stdio.cc's __vprintf; this file only counts
 * characters, hands them to the registered output hook and brackets each
 * call with the registered lock hooks (see console.h). */
#include "lib/kernel/console.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>

namespace {
const console_hooks *hooks; /* NULL until console_init: output is dropped */
bool panicking;             /* console_panic(): the lock hooks are skipped */
/* Characters written so far; guarded by the lock hooks. */
uint64_t char_count;

/* One console call's critical section, as an RAII guard. */
class console_call {
 public:
  console_call() : token_(hooks != nullptr && !panicking ? hooks->lock() : 0) {}
  ~console_call() {
    if (hooks != nullptr && !panicking) hooks->unlock(token_);
  }
  console_call(const console_call &) = delete;
  console_call &operator=(const console_call &) = delete;

 private:
  unsigned long token_;
};

/* Inside a console_call. */
void put_char_in_call(char c) {
  if (hooks == nullptr) return;
  hooks->put_char(c);
  char_count++;
}

void vprintf_helper(char c, void *) { put_char_in_call(c); }
}  // namespace

void console_init(const console_hooks *h) { hooks = h; }

void console_panic(void) { panicking = true; }

void putbuf(const char *buf, size_t n) {
  console_call call;
  for (size_t i = 0; i < n; i++) put_char_in_call(buf[i]);
}

extern "C" int vprintf(const char *format, va_list args) {
  console_call call;
  uint64_t before = char_count;
  __vprintf(format, args, vprintf_helper, nullptr);
  return (int)(char_count - before);
}

extern "C" int printf(const char *format, ...) {
  va_list args;
  va_start(args, format);
  int n = vprintf(format, args);
  va_end(args);
  return n;
}

extern "C" int puts(const char *s) {
  console_call call;
  while (*s != '\0') put_char_in_call(*s++);
  put_char_in_call('\n');
  return 0;
}

extern "C" int putchar(int c) {
  console_call call;
  put_char_in_call((char)c);
  return c;
}

void console_print_stats(void) {
  printf("Console: %llu characters output\n", (unsigned long long)char_count);
}
