/* tests/vm/mmap-remove.c -- a mapping outlives remove() of its file, and
 * a new file in its place does not disturb it. */
#include <string.h>

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/sample.inc"

void test_main(void) {
  char *actual = (char *)0x10000000;
  int fd;
  void *map;

  CHECK((fd = open("sample.txt")) > 1, "open \"sample.txt\"");
  CHECK((map = mmap(actual, 4096, 1, fd, 0)) != MAP_FAILED, "mmap \"sample.txt\"");
  close(fd);
  CHECK(remove("sample.txt"), "remove \"sample.txt\"");
  CHECK(open("sample.txt") == -1, "try to open \"sample.txt\"");
  CHECK(create("another", 4096 * 10), "create \"another\"");

  if (memcmp(actual, sample, strlen(sample))) fail("read of mmap'd file reported bad data");
  for (size_t i = strlen(sample); i < 4096; i++)
    if (actual[i] != 0) fail("byte %zu of mmap'd region has value %02hhx (should be 0)", i, actual[i]);
  munmap(map);
}
