/* tests/vm/mmap-bad-off.c -- mmap() at an offset that is not page-aligned fails. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  int fd;
  CHECK((fd = open("large.txt")) > 1, "open \"large.txt\"");
  CHECK(mmap((void *)0x10000000, 4096, 0, fd, 0x1234) == MAP_FAILED,
        "try to mmap invalid offset");
}
