/* tests/vm/mmap-unmap.c -- after munmap() the pages are gone: touching
 * them kills. */
#include "tests/lib.h"
#include "tests/main.h"

#define ACTUAL ((char *)0x10000000)

void test_main(void) {
  int fd;
  void *map;

  CHECK((fd = open("sample.txt")) > 1, "open \"sample.txt\"");
  CHECK((map = mmap(ACTUAL, 0x2000, 0, fd, 0)) != MAP_FAILED, "mmap \"sample.txt\"");
  msg("memory is readable %d", *(volatile int *)ACTUAL);
  /* As in the standard test, the second line is the first int plus
   * 0x1000 (its expected output says so), not a read of the second page. */
  msg("memory is readable %d", *(volatile int *)ACTUAL + 0x1000);
  munmap(map);
  fail("unmapped memory is readable (%d)", *(volatile int *)(ACTUAL + 0x1000));
  fail("unmapped memory is readable (%d)", *(volatile int *)ACTUAL);
}
