/* lib/user/console.cc -- formatted output for user programs.
 *
 * The formatting engine is the shared __vprintf() of lib/stdio; this file
 * only decides where characters go.  A whole printf() is collected in a
 * buffer on the stack and handed to the kernel in as few write() calls as
 * possible -- one, unless it exceeds the buffer -- because the kernel prints
 * each write(1, ...) as one unit: lines from processes running side by side
 * then never interleave within a line. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "console.h"
#include "syscall.h"

namespace {

/* Characters waiting to be written to FD. */
struct output_buffer {
  int fd;
  int used;
  int total;  /* characters produced so far, the printf result */
  char data[512];

  /* Writes out everything buffered. */
  void flush() {
    if (used > 0) write(fd, data, used);
    used = 0;
  }
};

/* __vprintf's output callback: appends C, flushing when full. */
void buffer_char(char c, void *aux) {
  output_buffer *buffer = static_cast<output_buffer *>(aux);
  if (buffer->used == (int)sizeof buffer->data) buffer->flush();
  buffer->data[buffer->used++] = c;
  buffer->total++;
}

}  // namespace

extern "C" {

/* Formats FORMAT with ARGS to file descriptor FD; returns the number of
 * characters produced. */
int vhprintf(int fd, const char *format, va_list args) {
  output_buffer buffer;
  buffer.fd = fd;
  buffer.used = 0;
  buffer.total = 0;
  __vprintf(format, args, buffer_char, &buffer);
  buffer.flush();
  return buffer.total;
}

int hprintf(int fd, const char *format, ...) {
  va_list args;
  va_start(args, format);
  int count = vhprintf(fd, format, args);
  va_end(args);
  return count;
}

/* The console is fd 1 (STDOUT_FILENO). */
int vprintf(const char *format, va_list args) { return vhprintf(STDOUT_FILENO, format, args); }

int printf(const char *format, ...) {
  va_list args;
  va_start(args, format);
  int count = vhprintf(STDOUT_FILENO, format, args);
  va_end(args);
  return count;
}

/* Writes S and a new-line in one write() call. */
int puts(const char *s) {
  printf("%s\n", s);
  return 0;
}

int putchar(int c) {
  char ch = (char)c;
  write(STDOUT_FILENO, &ch, 1);
  return c;
}

}  // extern "C"
