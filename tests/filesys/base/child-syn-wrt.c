/* tests/filesys/base/child-syn-wrt.c -- "child-syn-wrt I": writes chunk I
 * of the random data (random_init(0)) into the file; exits with I. */
#include <random.h>
#include <stdlib.h>

#include "tests/filesys/base/syn-write.h"
#include "tests/lib.h"

static char buf[BUF_SIZE];

int main(int argc, char *argv[]) {
  test_name = "child-syn-wrt";
  quiet = true;
  CHECK(argc == 2, "argc must be 2, actually %d", argc);
  int child_idx = atoi(argv[1]);

  random_init(0);
  random_bytes(buf, sizeof buf);

  int fd;
  CHECK((fd = open(file_name)) > 1, "open \"%s\"", file_name);
  seek(fd, CHUNK_SIZE * child_idx);
  CHECK(write(fd, buf + CHUNK_SIZE * child_idx, CHUNK_SIZE) > 0, "write \"%s\"", file_name);
  msg("close \"%s\"", file_name);
  close(fd);
  return child_idx;
}
