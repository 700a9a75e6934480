/* tests/vm/mmap-ro.c -- a read-only mapping can be read; a write to it
 * kills. */
#include <string.h>

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/userprog/sample.inc"

#define ACTUAL ((char *)0x10000000)

void test_main(void) {
  int fd;
  CHECK((fd = open("sample.txt")) > 1, "open \"sample.txt\"");
  CHECK(mmap(ACTUAL, 4096, 0, fd, 0) != MAP_FAILED, "mmap \"sample.txt\" read-only");
  CHECK(!memcmp(ACTUAL, sample, strlen(sample)), "compare mmap'd data against sample");
  msg("write into the read-only mapping");
  *(volatile char *)ACTUAL = 'x';
  fail("wrote into a read-only mapping");
}
