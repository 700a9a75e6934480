/* tests/userprog/child-read.c -- "child-read FD", run by exec-read after
 * fork() and exec(): FD is inherited and stands 20 bytes into sample.txt.
 * Reads the first 20 bytes through a fresh open of sample.txt and the
 * rest through FD, and checks the whole. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <syscall.h>

#include "tests/lib.h"
#include "tests/userprog/boundary.h"
#include "tests/userprog/sample.inc"

int main(int argc, char *argv[]) {
  test_name = "child-read";
  msg("begin");
  if (argc < 2 || !isdigit((unsigned char)*argv[1])) fail("bad command-line arguments");

  int inherited = atoi(argv[1]);
  int own;
  CHECK((own = open("sample.txt")) > 1 && own != inherited, "open \"sample.txt\"");

  char *buf = get_boundary_area() - sizeof sample / 2;
  CHECK(read(own, buf, 20) == 20, "read \"sample.txt\" first 20 bytes");
  CHECK(read(inherited, buf + 20, sizeof sample - 21) == (int)sizeof sample - 21,
        "read \"sample.txt\" remainders");
  if (strcmp(sample, buf) != 0) {
    msg("expected text:\n%s", sample);
    msg("text actually read:\n%s", buf);
    fail("expected text differs from actual");
  }
  msg("Child success");

  close(inherited);
  close(own);
  msg("end");
  return 0;
}
