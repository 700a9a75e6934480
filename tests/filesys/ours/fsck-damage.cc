/* tests/filesys/ours/fsck-damage.cc -- damage fsck cannot repair (two
 * files sharing a data sector: corrupt-disk.pl) makes the volume
 * read-only: everything reads, nothing writes, nothing panics.
 * "fsck-damage setup" makes keep and b, "fsck-damage check" runs on the
 * damaged disk. */
#include <string.h>

/* The test library is C; its headers may be the standard ones, which do
 * not say so themselves. */
extern "C" {
#include "tests/lib.h"
}

#define SIZE 1000

static char data[SIZE];

int main(int argc, char *argv[]) {
  test_name = "fsck-damage";
  msg("begin");
  int fd;
  for (int i = 0; i < SIZE; i++) data[i] = (char)(i % 13 + 'a');
  if (argc == 2 && strcmp(argv[1], "setup") == 0) {
    CHECK(create("keep", 0) && (fd = open("keep")) > 1, "create \"keep\"");
    CHECK(write(fd, data, SIZE) == SIZE, "write \"keep\"");
    close(fd);
    CHECK(create("b", SIZE), "create \"b\"");
  } else {
    CHECK((fd = open("keep")) > 1, "open \"keep\"");
    check_file_handle(fd, "keep", data, SIZE);
    CHECK(write(fd, "x", 1) == 0, "write \"keep\" (must write nothing)");
    close(fd);
    CHECK(!create("c", 0), "create \"c\" (must fail)");
    CHECK(!mkdir("d"), "mkdir \"d\" (must fail)");
    CHECK(!remove("keep"), "remove \"keep\" (must fail)");
    CHECK(symlink("keep", "l") == -1, "symlink \"l\" (must fail)");
  }
  msg("end");
  return 0;
}
