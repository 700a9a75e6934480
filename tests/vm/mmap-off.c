/* tests/vm/mmap-off.c -- mmap() from a page-aligned offset into the file. */
#include <string.h>

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/large.h"

void test_main(void) {
  char *actual = (char *)0x10000000;
  int fd;

  make_large_file();
  CHECK((fd = open("large.txt")) > 1, "open \"large.txt\" again");
  CHECK(mmap(actual, 2 * 4096, 0, fd, 0x1000) != MAP_FAILED, "mmap \"large.txt\" from offset 0x1000");
  CHECK(!memcmp(actual, large_data + 0x1000, 2 * 4096), "compare mmap'd data against the file");
}
