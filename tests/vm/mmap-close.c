/* tests/vm/mmap-close.c -- a mapping outlives close() of its fd. */
#include <string.h>

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/sample.inc"

void test_main(void) {
  char *actual = (char *)0x10000000;
  int fd;
  void *map;

  CHECK((fd = open("sample.txt")) > 1, "open \"sample.txt\"");
  CHECK((map = mmap(actual, 4096, 0, fd, 0)) != MAP_FAILED, "mmap \"sample.txt\"");
  close(fd);
  if (memcmp(actual, sample, strlen(sample))) fail("read of mmap'd file reported bad data");
  munmap(map);
}
