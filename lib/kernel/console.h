/* lib/kernel/console.h -- the kernel console: printf and friends.
 *
 * Layer: lib/ (kernel side); includes nothing above lib/.  The console
 * counts characters and keeps each printf, puts, putchar or putbuf call in
 * one piece; where the characters go and how a call is kept whole are
 * hooks the kernel registers at boot (kernel/init.cc: the serial port, and
 * interrupts off for the length of a call, so that output of two threads
 * never interleaves within a call -- a user write(1, ...) is one putbuf).
 * Usable from any context, including interrupt handlers and panics;
 * output before console_init() is dropped. */
#ifndef LIB_KERNEL_CONSOLE_H
#define LIB_KERNEL_CONSOLE_H

#include <stddef.h>

struct console_hooks {
  /* Writes one character to the output device. */
  void (*put_char)(char c);
  /* Start and end one call's critical section: lock() returns a token
   * that unlock() gets back (e.g. the interrupt level to restore). */
  unsigned long (*lock)(void);
  void (*unlock)(unsigned long token);
};

/* Sends all output through HOOKS (static storage) from now on.  Call once
 * at boot, as early as possible. */
void console_init(const struct console_hooks *hooks);
/* Writes N bytes of BUF as one unit. */
void putbuf(const char *buf, size_t n);
/* Prints "Console: N characters output". */
void console_print_stats(void);
/* From a panic: stop honouring the usual serialisation (the lock hooks are
 * no longer called, so a panic inside a console call still prints). */
void console_panic(void);

#endif /* LIB_KERNEL_CONSOLE_H */
