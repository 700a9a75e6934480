/* tests/vm/mmap-null.c -- mmap() at address 0 fails. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  int fd;
  CHECK((fd = open("sample.txt")) > 1, "open \"sample.txt\"");
  CHECK(mmap(NULL, 4096, 0, fd, 0) == MAP_FAILED, "try to mmap at address 0");
}
