/* tests/vm/mmap-zero-len.c -- mmap() of length 0 fails. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  int fd;
  CHECK((fd = open("sample.txt")) > 1, "open \"sample.txt\"");
  CHECK(mmap((void *)0x10000000, 0, 0, fd, 0) == MAP_FAILED, "try to mmap zero length");
}
