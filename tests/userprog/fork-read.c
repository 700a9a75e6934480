/* tests/userprog/fork-read.c -- after the parent reads the first 20 bytes
 * and forks, parent and child each read the rest of sample.txt through
 * their own copy of the fd (each position starts at 20).  The child then
 * scribbles over its copy of the buffer, which the parent must not see. */
#include <string.h>
#include <syscall.h>

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/userprog/boundary.h"
#include "tests/userprog/sample.inc"

/* Reads the rest of sample.txt from FD into BUF + 20 and checks that BUF
 * then holds the whole sample. */
static void read_rest(int fd, char *buf) {
  int n = read(fd, buf + 20, sizeof sample - 21);
  if (n != (int)sizeof sample - 21)
    fail("read() returned %d instead of %zu", n, sizeof sample - 21);
  if (strcmp(sample, buf) != 0) {
    msg("expected text:\n%s", sample);
    msg("text actually read:\n%s", buf);
    fail("expected text differs from actual");
  }
}

void test_main(void) {
  int fd;
  CHECK((fd = open("sample.txt")) > 1, "open \"sample.txt\"");
  char *buf = get_boundary_area() - sizeof sample / 2;
  read(fd, buf, 20);

  pid_t pid = fork("child");
  if (pid == 0) {
    msg("child run");
    read_rest(fd, buf);
    static const char note[] = "pintos is funny!";
    memcpy(buf, note, sizeof note);
    msg("Child: %s", buf);
    close(fd);
    return; /* the child ends through test_main: "end", exit(0) */
  }

  wait(pid);
  read_rest(fd, buf);
  msg("Parent success");
  close(fd);
}
