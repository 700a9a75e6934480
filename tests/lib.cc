/* tests/lib.cc -- helpers shared by the user-program tests; see lib.h. */
#include "tests/lib.h"

#include <random.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

const char *test_name;
bool quiet = false;

namespace {

/* Formats "(TEST-NAME) PREFIX<message>\n" and writes it in one call. */
void print_line(const char *prefix, const char *format, va_list args) {
  char line[1024];
  size_t len = snprintf(line, sizeof line, "(%s) %s", test_name, prefix);
  if (len < sizeof line) len += vsnprintf(line + len, sizeof line - len, format, args);
  if (len > sizeof line - 2) len = sizeof line - 2;
  line[len++] = '\n';
  write(STDOUT_FILENO, line, len);
}

}  // namespace

void msg(const char *format, ...) {
  if (quiet) return;
  va_list args;
  va_start(args, format);
  print_line("", format, args);
  va_end(args);
}

void fail(const char *format, ...) {
  va_list args;
  va_start(args, format);
  print_line("FAIL: ", format, args);
  va_end(args);
  exit(1);
}

void shuffle(void *buf_, size_t cnt, size_t size) {
  char *buf = static_cast<char *>(buf_);
  for (size_t i = 0; i + 1 < cnt; i++) {
    size_t j = i + random_ulong() % (cnt - i);
    for (size_t k = 0; k < size; k++) {
      char t = buf[i * size + k];
      buf[i * size + k] = buf[j * size + k];
      buf[j * size + k] = t;
    }
  }
}

pid_t spawn(const char *cmd_line) {
  char name[16];
  size_t len = strcspn(cmd_line, " ");
  if (len >= sizeof name) len = sizeof name - 1;
  memcpy(name, cmd_line, len);
  name[len] = '\0';

  pid_t pid = fork(name);
  if (pid == 0) {
    exec(cmd_line);
    exit(-1);
  }
  return pid;
}

void exec_children(const char *child_name, pid_t pids[], size_t child_cnt) {
  for (size_t i = 0; i < child_cnt; i++) {
    char cmd_line[128];
    snprintf(cmd_line, sizeof cmd_line, "%s %zu", child_name, i);
    CHECK((pids[i] = spawn(cmd_line)) != PID_ERROR,
          "exec child %zu of %zu: \"%s\"", i + 1, child_cnt, cmd_line);
  }
}

void wait_children(pid_t pids[], size_t child_cnt) {
  for (size_t i = 0; i < child_cnt; i++) {
    int status = wait(pids[i]);
    CHECK(status == (int)i, "wait for child %zu of %zu returned %d (expected %zu)",
          i + 1, child_cnt, status, i);
  }
}

void check_file_handle(int fd, const char *file_name, const void *buf_, size_t size) {
  const char *buf = static_cast<const char *>(buf_);

  /* A wrong size is reported now but fails only after the contents are
   * compared, which tells more about what went wrong. */
  size_t file_size = filesize(fd);
  if (file_size != size)
    msg("size of %s (%zu) differs from expected (%zu)", file_name, file_size, size);

  for (size_t ofs = 0; ofs < size;) {
    char block[512];
    size_t block_size = size - ofs < sizeof block ? size - ofs : sizeof block;
    int got = read(fd, block, block_size);
    if (got != (int)block_size)
      fail("read of %zu bytes at offset %zu in \"%s\" returned %d", block_size, ofs,
           file_name, got);
    compare_bytes(block, buf + ofs, block_size, ofs, file_name);
    ofs += block_size;
  }

  if (file_size != size)
    fail("size of %s (%zu) differs from expected (%zu)", file_name, file_size, size);
  msg("verified contents of \"%s\"", file_name);
}

void check_file(const char *file_name, const void *buf, size_t size) {
  int fd;
  CHECK((fd = open(file_name)) > 1, "open \"%s\" for verification", file_name);
  check_file_handle(fd, file_name, buf, size);
  msg("close \"%s\"", file_name);
  close(fd);
}

void compare_bytes(const void *read_data_, const void *expected_data_, size_t size,
                   size_t ofs, const char *file_name) {
  const unsigned char *got = static_cast<const unsigned char *>(read_data_);
  const unsigned char *want = static_cast<const unsigned char *>(expected_data_);
  if (memcmp(got, want, size) == 0) return;

  /* Find the first differing run and show both versions around it. */
  size_t start = 0;
  while (got[start] == want[start]) start++;
  size_t end = start;
  while (end < size && got[end] != want[end]) end++;

  quiet = false;
  msg("%zu bytes read starting at offset %zu in \"%s\" differ from expected.",
      end - start, ofs + start, file_name);
  size_t show = end - start < 64 ? end - start : 64;
  msg("Showing first differing %zu bytes.", show);
  msg("Data actually read:");
  hex_dump(ofs + start, got + start, show, true);
  msg("Expected data:");
  hex_dump(ofs + start, want + start, show, true);
  fail("%zu bytes read starting at offset %zu in \"%s\" differ from expected",
       end - start, ofs + start, file_name);
}
