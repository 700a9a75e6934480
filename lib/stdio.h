/* lib/stdio.h -- formatted output for kernel and user code.
 *
 * lib/stdio.cc owns the formatting engine (__vprintf) and everything built
 * only on it: snprintf, vsnprintf and hex_dump.  Where characters finally go
 * is not decided here: printf, vprintf, putchar and puts are defined by the
 * kernel console (lib/kernel/console.cc) and by the user library (lib/user/),
 * each for its own side.
 *
 * Supported conversions: %d %i %u %o %x %X %c %s %p %%; flags '-' '+' ' '
 * '#' '0' and '\'' (group decimal digits by thousands with ','); field width
 * and precision, either of which may be '*'; length modifiers hh h l ll j z
 * t.  No floating point (the kernel has no FPU state).  %s of NULL prints
 * "(null)"; %p prints "0x" and lowercase hex digits.  An unknown conversion
 * is printed back as written. */
#ifndef LIB_STDIO_H
#define LIB_STDIO_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define STDIN_FILENO 0
#define STDOUT_FILENO 1

#ifdef __cplusplus
extern "C" {
#endif

/* The formatting engine: formats FORMAT with ARGS and hands each resulting
 * character, in order, to OUTPUT(c, AUX).  Never allocates; usable from any
 * context, including interrupt handlers and panics. */
void __vprintf(const char *format, va_list args,
               void (*output)(char c, void *aux), void *aux);

/* Formats into BUF, writing at most SIZE bytes including a terminating NUL
 * (nothing at all if SIZE is 0).  Returns the length the whole result would
 * have (C99), so the output was truncated iff the return value >= SIZE. */
int vsnprintf(char *buf, size_t size, const char *format, va_list args)
    __attribute__((format(printf, 3, 0)));
int snprintf(char *buf, size_t size, const char *format, ...)
    __attribute__((format(printf, 3, 4)));

/* Defined by the kernel console and by the user library (not lib/stdio.cc).
 * printf and vprintf return the number of characters written. */
int printf(const char *format, ...) __attribute__((format(printf, 1, 2)));
int vprintf(const char *format, va_list args) __attribute__((format(printf, 1, 0)));
int putchar(int c);
/* Writes S and a newline. */
int puts(const char *s);

/* Prints SIZE bytes of BUF with printf, 16 per line, each line starting
 * with its offset (OFS numbers the first byte of BUF) in 16 hex digits:
 *   0000000000000000  48 65 6c 6c 6f 2c 20 77-6f 72 6c 64 21 0a        |Hello, world!.  |
 * Bytes before OFS's 16-byte boundary are left blank.  If ASCII, the
 * printable characters follow between '|' bars ('.' for the rest). */
void hex_dump(uintptr_t ofs, const void *buf, size_t size, bool ascii);

#ifdef __cplusplus
}
#endif

#endif /* LIB_STDIO_H */
