/* tests/vm/mmap-zero-len.c -- mmap() of length 0 fails (or kills): a fresh
 * sample.txt of the sample's length is created and opened, and a mapping
 * of zero bytes of it is refused. */
#include <string.h>
#include <syscall.h>

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/sample.inc"

#define ACTUAL ((void *)0x10000000)

void test_main(void) {
  int fd;
  CHECK(create("sample.txt", strlen(sample)), "create \"sample.txt\"");
  CHECK((fd = open("sample.txt")) > 1, "open \"sample.txt\"");
  CHECK(mmap(ACTUAL, 0, 0, fd, 0) == MAP_FAILED, "try to mmap zero length");
}
