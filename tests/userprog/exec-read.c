/* tests/userprog/exec-read.c -- open fds survive fork() and exec(): the
 * parent reads the first 20 bytes of sample.txt and forks; the child execs
 * "child-read FD", which opens sample.txt itself for the first 20 bytes
 * and reads the rest through the inherited FD.  The parent's own copy of
 * the fd is still at 20 afterwards and reads the rest too. */
#include <stdio.h>
#include <string.h>
#include <syscall.h>

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/userprog/boundary.h"
#include "tests/userprog/sample.inc"

void test_main(void) {
  int fd;
  CHECK((fd = open("sample.txt")) > 1, "open \"sample.txt\"");
  char *buf = get_boundary_area() - sizeof sample / 2;
  CHECK(read(fd, buf, 20) == 20, "read \"sample.txt\" first 20 bytes");

  pid_t pid = fork("child-read");
  if (pid == 0) {
    char cmd[128];
    snprintf(cmd, sizeof cmd, "child-read %d", fd);
    exec(cmd);
    fail("exec() returned");
  }

  wait(pid);
  int n = read(fd, buf + 20, sizeof sample - 21);
  if (n != (int)sizeof sample - 21)
    fail("read() returned %d instead of %zu", n, sizeof sample - 21);
  if (strcmp(sample, buf) != 0) {
    msg("expected text:\n%s", sample);
    msg("text actually read:\n%s", buf);
    fail("expected text differs from actual");
  }
  msg("Parent success");
  close(fd);
}
