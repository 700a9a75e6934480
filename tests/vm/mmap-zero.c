/* tests/vm/mmap-zero.c -- an empty file gives no readable page: mmap()
 * may refuse it; either way, touching the address kills. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  char *data = (char *)0x7f000000;
  int fd;

  CHECK(create("empty", 0), "create empty file \"empty\"");
  CHECK((fd = open("empty")) > 1, "open \"empty\"");
  msg("mmap \"empty\"");
  void *map = mmap(data, 4096, 0, fd, 0);
  if (map != MAP_FAILED) munmap(map);
  fail("unmapped memory is readable (%d)", *(volatile char *)data);
}
