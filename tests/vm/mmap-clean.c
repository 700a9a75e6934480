/* tests/vm/mmap-clean.c -- munmap() writes back only dirty pages: a page
 * that was only read does not overwrite a change made with write(). */
#include <string.h>

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/sample.inc"

#define ACTUAL ((void *)0x10000000)

void test_main(void) {
  static const char overwrite[] = "Now is the time for all good...";
  static char buffer[sizeof sample - 1];
  int fd;
  void *map;

  CHECK((fd = open("sample.txt")) > 1, "open \"sample.txt\"");
  CHECK((map = mmap(ACTUAL, 4096, 0, fd, 0)) != MAP_FAILED, "mmap \"sample.txt\"");
  CHECK(write(fd, overwrite, strlen(overwrite)) == (int)strlen(overwrite), "write \"sample.txt\"");

  msg("munmap \"sample.txt\"");
  munmap(map);

  msg("seek \"sample.txt\"");
  seek(fd, 0);
  CHECK(read(fd, buffer, sizeof buffer) == sizeof buffer, "read \"sample.txt\"");

  size_t n = strlen(overwrite);
  if (memcmp(buffer, overwrite, n) || memcmp(buffer + n, sample + n, strlen(sample) - n)) {
    if (!memcmp(buffer, sample, strlen(sample)))
      fail("munmap wrote back clean page");
    else
      fail("read surprising data from file");
  }
  msg("file change was retained after munmap");
}
