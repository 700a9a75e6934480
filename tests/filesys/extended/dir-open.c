/* tests/filesys/extended/dir-open.c -- a directory opens, and writing to
 * it fails with -1. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  int fd;
  CHECK(mkdir("xyzzy"), "mkdir \"xyzzy\"");
  CHECK((fd = open("xyzzy")) > 1, "open \"xyzzy\"");
  msg("write \"xyzzy\"");
  int retval = write(fd, "foobar", 6);
  CHECK(retval == -1, "write \"xyzzy\" (must return -1, actually %d)", retval);
}
