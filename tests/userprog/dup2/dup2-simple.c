/* tests/userprog/dup2/dup2-simple.c -- with stdin closed, opens
 * sample.txt, reads its first 10 bytes, aliases the fd at 0x1CE with
 * dup2() and reads the rest through the alias: the two share one
 * position, so the buffer ends up holding the whole sample. */
#include <string.h>
#include <syscall.h>

#include "tests/lib.h"
#include "tests/userprog/boundary.h"
#include "tests/userprog/sample.inc"

int main(void) {
  test_name = "dup2-simple";
  const int alias = 0x1CE;
  int fd;

  close(0);
  CHECK((fd = open("sample.txt")) > -1, "open \"sample.txt\"");

  char *buf = get_boundary_area() - sizeof sample / 2;
  int got = read(fd, buf, 10);
  CHECK(dup2(fd, alias) > 1, "first dup2()");
  got += read(alias, buf + got, sizeof sample - got);

  if (strcmp(sample, buf) != 0) {
    msg("expected text:\n%s", sample);
    msg("text actually read:\n%s", buf);
    fail("expected text differs from actual");
  }
  msg("Parent success");
  return 0;
}
