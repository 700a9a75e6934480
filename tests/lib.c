/* tests/lib.c -- helpers shared by the user-program tests; see lib.h. */
#include "tests/lib.h"

#include <random.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

const char *test_name;
bool quiet = false;

/* Formats "(TEST-NAME) <message><SUFFIX>" and writes it in one call. */
static void
print_line (const char *format, va_list args, const char *suffix)
{
  char line[1024];
  size_t len = snprintf (line, sizeof line, "(%s) ", test_name);
  if (len < sizeof line)
    len += vsnprintf (line + len, sizeof line - len, format, args);
  if (len < sizeof line)
    len += strlcpy (line + len, suffix, sizeof line - len);
  if (len > sizeof line - 1)
    {
      /* Truncated: keep the line end. */
      len = sizeof line - 1;
      line[len - 1] = '\n';
    }
  write (STDOUT_FILENO, line, len);
}

void
msg (const char *format, ...)
{
  va_list args;
  if (quiet)
    return;
  va_start (args, format);
  print_line (format, args, "\n");
  va_end (args);
}

void
fail (const char *format, ...)
{
  va_list args;
  va_start (args, format);
  print_line (format, args, ": FAILED\n");
  va_end (args);
  exit (1);
}

void
shuffle (void *buf_, size_t cnt, size_t size)
{
  uint8_t *buf = buf_;
  size_t i, k;

  for (i = 0; i < cnt; i++)
    {
      size_t j = i + random_ulong () % (cnt - i);
      uint8_t *a = buf + i * size, *b = buf + j * size;
      for (k = 0; k < size; k++)
        {
          uint8_t t = a[k];
          a[k] = b[k];
          b[k] = t;
        }
    }
}

void
exec_children (const char *child_name, pid_t pids[], size_t child_cnt)
{
  size_t i;

  for (i = 0; i < child_cnt; i++)
    {
      char cmd_line[128];
      snprintf (cmd_line, sizeof cmd_line, "%s %zu", child_name, i);
      pids[i] = fork (child_name);
      if (pids[i] == 0)
        {
          exec (cmd_line);
          exit (-1);
        }
      CHECK (pids[i] != PID_ERROR, "exec child %zu of %zu: \"%s\"", i + 1, child_cnt,
             cmd_line);
    }
}

void
wait_children (pid_t pids[], size_t child_cnt)
{
  size_t i;

  for (i = 0; i < child_cnt; i++)
    {
      int status = wait (pids[i]);
      CHECK (status == (int) i, "wait for child %zu of %zu returned %d (expected %zu)",
             i + 1, child_cnt, status, i);
    }
}

void
check_file_handle (int fd, const char *file_name, const void *buf_, size_t size)
{
  const char *buf = buf_;
  size_t file_size = filesize (fd);
  size_t ofs;

  /* A wrong size is reported now but fails only after the contents are
     compared, which tells more about what went wrong. */
  if (file_size != size)
    msg ("size of %s (%zu) differs from expected (%zu)", file_name, file_size, size);

  for (ofs = 0; ofs < size; )
    {
      char block[512];
      size_t block_size = size - ofs < sizeof block ? size - ofs : sizeof block;
      int got = read (fd, block, block_size);
      if (got != (int) block_size)
        fail ("read of %zu bytes at offset %zu in \"%s\" returned %d", block_size, ofs,
              file_name, got);
      compare_bytes (block, buf + ofs, block_size, ofs, file_name);
      ofs += block_size;
    }

  if (file_size != size)
    fail ("size of %s (%zu) differs from expected (%zu)", file_name, file_size, size);
  msg ("verified contents of \"%s\"", file_name);
}

void
check_file (const char *file_name, const void *buf, size_t size)
{
  int fd;

  CHECK ((fd = open (file_name)) > 1, "open \"%s\" for verification", file_name);
  check_file_handle (fd, file_name, buf, size);
  msg ("close \"%s\"", file_name);
  close (fd);
}

void
compare_bytes (const void *read_data_, const void *expected_data_, size_t size,
               size_t ofs, const char *file_name)
{
  const uint8_t *got = read_data_;
  const uint8_t *want = expected_data_;
  size_t start, end, show;

  if (memcmp (got, want, size) == 0)
    return;

  /* The first run of differing bytes, shown from both sides. */
  for (start = 0; got[start] == want[start]; start++)
    continue;
  for (end = start + 1; end < size && got[end] != want[end]; end++)
    continue;

  quiet = false;
  msg ("%zu bytes read starting at offset %zu in \"%s\" differ from expected.",
       end - start, ofs + start, file_name);
  show = end - start;
  if (show > 64)
    {
      show = 64;
      msg ("Showing first differing %zu bytes.", show);
    }
  msg ("Data actually read:");
  hex_dump (ofs + start, got + start, show, true);
  msg ("Expected data:");
  hex_dump (ofs + start, want + start, show, true);
  fail ("%zu bytes read starting at offset %zu in \"%s\" differ from expected",
        end - start, ofs + start, file_name);
}
