/* lib/kernel/console.h -- the kernel console: printf and friends on the
 * serial port.
 *
 * Each printf, puts or putbuf call reaches the console as one unit: it runs
 * with interrupts off, so output of two threads never interleaves within a
 * call (a user write(1, ...) is one putbuf).  Usable from any context,
 * including interrupt handlers and panics. */
#ifndef LIB_KERNEL_CONSOLE_H
#define LIB_KERNEL_CONSOLE_H

#include <stddef.h>

void console_init(void);
/* Writes N bytes of BUF as one unit. */
void putbuf(const char *buf, size_t n);
/* Prints "Console: N characters output". */
void console_print_stats(void);
/* From a panic: stop honouring the usual serialisation (a panic inside
 * printf must still print). */
void console_panic(void);

#endif /* LIB_KERNEL_CONSOLE_H */
