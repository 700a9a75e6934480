/* tests/vm/mmap-over-data.c -- mmap() over the data segment fails. */
#include <round.h>
#include <stdint.h>

#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  static char x;
  int fd;
  void *data_page = (void *)ROUND_DOWN((uintptr_t)&x, 4096);
  CHECK((fd = open("sample.txt")) > 1, "open \"sample.txt\"");
  CHECK(mmap(data_page, 4096, 0, fd, 0) == MAP_FAILED, "try to mmap over data segment");
}
