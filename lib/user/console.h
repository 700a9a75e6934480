/* lib/user/console.h -- user-only output calls beyond <stdio.h>.
 *
 * printf, vprintf, putchar and puts (declared in lib/stdio.h) write to
 * fd 1; these write to any file descriptor.  Each call reaches the kernel
 * as one write() (or a few, for output over 512 bytes).  Defined in
 * lib/user/console.cc. */
#ifndef LIB_USER_CONSOLE_H
#define LIB_USER_CONSOLE_H

#include <stdarg.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Formats like printf() and writes the result to FD; returns its length. */
int hprintf(int fd, const char *format, ...) __attribute__((format(printf, 2, 3)));
int vhprintf(int fd, const char *format, va_list args)
    __attribute__((format(printf, 2, 0)));

#ifdef __cplusplus
}
#endif

#endif /* LIB_USER_CONSOLE_H */
