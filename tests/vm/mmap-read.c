/* tests/vm/mmap-read.c -- a mapped file reads as its contents, then
 * zeros to the end of the page. */
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
  if (memcmp(actual, sample, strlen(sample))) fail("read of mmap'd file reported bad data");
  for (size_t i = strlen(sample); i < 4096; i++)
    if (actual[i] != 0) fail("byte %zu of mmap'd region has value %02hhx (should be 0)", i, actual[i]);
  munmap(map);
  close(fd);
}
