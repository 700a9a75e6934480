/* tests/userprog/fork-close.c -- the child closes its copy of an open fd
 * and returns from test_main; the parent's fd still reads the whole file
 * from its start. */
#include <string.h>
#include <syscall.h>

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/userprog/boundary.h"
#include "tests/userprog/sample.inc"

void test_main(void) {
  int fd;
  CHECK((fd = open("sample.txt")) > 1, "open \"sample.txt\"");

  pid_t pid = fork("child");
  if (pid == 0) {
    msg("child run");
    close(fd);
    return; /* the child ends through test_main: "end", exit(0) */
  }

  wait(pid);
  char *buf = get_boundary_area() - sizeof sample / 2;
  int n = read(fd, buf, sizeof sample - 1);
  if (n != (int)sizeof sample - 1)
    fail("read() returned %d instead of %zu", n, sizeof sample - 1);
  if (strcmp(sample, buf) != 0) {
    msg("expected text:\n%s", sample);
    msg("text actually read:\n%s", buf);
    fail("expected text differs from actual");
  }
  msg("Parent success");
  close(fd);
}
