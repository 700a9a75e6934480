/* tests/filesys/extended/child-syn-rw.c -- "child-syn-rw I": reads the
 * file syn-rw is growing until it has all of it, checking every byte;
 * exits with I.  A read that finds nothing new just tries again. */
#include <random.h>
#include <stdlib.h>

#include "tests/filesys/extended/syn-rw.h"
#include "tests/lib.h"

static char buf1[BUF_SIZE];
static char buf2[BUF_SIZE];

int main(int argc, char *argv[]) {
  test_name = "child-syn-rw";
  quiet = true;
  CHECK(argc == 2, "argc must be 2, actually %d", argc);
  int child_idx = atoi(argv[1]);

  random_init(0);
  random_bytes(buf1, sizeof buf1);

  int fd;
  CHECK((fd = open(file_name)) > 1, "open \"%s\"", file_name);
  for (size_t ofs = 0; ofs < sizeof buf2;) {
    int bytes_read = read(fd, buf2 + ofs, sizeof buf2 - ofs);
    CHECK(bytes_read >= -1 && bytes_read <= (int)(sizeof buf2 - ofs),
          "%zu-byte read on \"%s\" returned invalid value of %d", sizeof buf2 - ofs, file_name,
          bytes_read);
    if (bytes_read > 0) {
      compare_bytes(buf2 + ofs, buf1 + ofs, bytes_read, ofs, file_name);
      ofs += bytes_read;
    }
  }
  close(fd);
  return child_idx;
}
