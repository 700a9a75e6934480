/* lib/kernel/console.cc -- printf, puts, putchar and putbuf for the kernel.
 * The formatting itself is lib/stdio.cc's __vprintf; this file only decides
 * where characters go (the serial port) and keeps each call in one piece. */
#include "lib/kernel/console.h"

#include <stdarg.h>
#include <stdio.h>

#include "arch/x86_64/interrupt.h"
#include "devices/serial.h"

namespace {
/* Characters written so far; guarded by interrupts off. */
uint64_t char_count;

void put_char_locked(char c) {
  serial_putc(c);
  char_count++;
}

void vprintf_helper(char c, void *aux) {
  (void)aux;
  put_char_locked(c);
}
}  // namespace

void console_init(void) { serial_init(); }

void console_panic(void) {}

void putbuf(const char *buf, size_t n) {
  interrupts_off off;
  for (size_t i = 0; i < n; i++) put_char_locked(buf[i]);
}

extern "C" int vprintf(const char *format, va_list args) {
  interrupts_off off;
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
  interrupts_off off;
  while (*s != '\0') put_char_locked(*s++);
  put_char_locked('\n');
  return 0;
}

extern "C" int putchar(int c) {
  interrupts_off off;
  put_char_locked((char)c);
  return c;
}

void console_print_stats(void) {
  printf("Console: %llu characters output\n", (unsigned long long)char_count);
}
