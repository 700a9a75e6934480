/* tests/userprog/child-close.c -- "child-close FD", run by multi-child-fd
 * after fork() and exec(): FD is inherited, so it reads sample.txt in full
 * through it, then closes it (which leaves the parent's copy open). */
#include <ctype.h>
#include <stdlib.h>

#include "tests/lib.h"
#include "tests/userprog/sample.inc"

int main(int argc, char *argv[]) {
  test_name = "child-close";
  msg("begin");
  if (argc != 2 || !isdigit((unsigned char)argv[1][0])) fail("bad command-line arguments");
  int fd = atoi(argv[1]);
  check_file_handle(fd, "sample.txt", sample, sizeof sample - 1);
  close(fd);
  msg("end");
  return 0;
}
