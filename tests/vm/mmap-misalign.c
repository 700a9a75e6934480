/* tests/vm/mmap-misalign.c -- mmap() at an address that is not page-aligned fails. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  int fd;
  CHECK((fd = open("sample.txt")) > 1, "open \"sample.txt\"");
  CHECK(mmap((void *)0x10001234, 4096, 0, fd, 0) == MAP_FAILED, "try to mmap at misaligned address");
}
