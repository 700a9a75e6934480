/* tests/vm/mmap-write.c -- data written through a mapping reaches the
 * file at munmap(). */
#include <string.h>

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/sample.inc"

#define ACTUAL ((void *)0x10000000)

void test_main(void) {
  int fd;
  void *map;
  char buf[1024];

  CHECK(create("sample.txt", strlen(sample)), "create \"sample.txt\"");
  CHECK((fd = open("sample.txt")) > 1, "open \"sample.txt\"");
  CHECK((map = mmap(ACTUAL, 4096, 1, fd, 0)) != MAP_FAILED, "mmap \"sample.txt\"");
  memcpy(ACTUAL, sample, strlen(sample));
  munmap(map);

  read(fd, buf, strlen(sample));
  CHECK(!memcmp(buf, sample, strlen(sample)), "compare read data against written data");
  close(fd);
}
