/* tests/userprog/child-read.c -- "child-read FD OFS": reads 20 bytes from
 * the inherited FD, which must be at offset OFS of sample.txt.  Run by
 * exec-read; exits 0 on success. */
#include <stdlib.h>
#include <string.h>

#include "tests/lib.h"
#include "tests/userprog/sample.inc"

int main(int argc, char *argv[]) {
  test_name = "child-read";
  msg("begin");
  if (argc != 3) fail("usage: child-read FD OFS");
  int fd = atoi(argv[1]);
  int ofs = atoi(argv[2]);
  char buf[20];
  CHECK(read(fd, buf, sizeof buf) == (int)sizeof buf
            && memcmp(buf, sample + ofs, sizeof buf) == 0,
        "read from inherited fd");
  msg("end");
  return 0;
}
