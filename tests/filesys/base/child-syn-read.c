/* tests/filesys/base/child-syn-read.c -- "child-syn-read I": reads the
 * file syn-read wrote, byte by byte, and checks it; exits with I.  The
 * data are the first random bytes after random_init(0), as in the parent. */
#include <random.h>
#include <stdlib.h>

#include "tests/filesys/base/syn-read.h"
#include "tests/lib.h"

static char buf[BUF_SIZE];

int main(int argc, char *argv[]) {
  test_name = "child-syn-read";
  quiet = true;
  CHECK(argc == 2, "argc must be 2, actually %d", argc);
  int child_idx = atoi(argv[1]);

  random_init(0);
  random_bytes(buf, sizeof buf);

  int fd;
  CHECK((fd = open(file_name)) > 1, "open \"%s\"", file_name);
  for (size_t i = 0; i < sizeof buf; i++) {
    char c;
    CHECK(read(fd, &c, 1) > 0, "read \"%s\"", file_name);
    compare_bytes(&c, buf + i, 1, i, file_name);
  }
  close(fd);
  return child_idx;
}
