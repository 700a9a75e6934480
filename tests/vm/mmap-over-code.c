/* tests/vm/mmap-over-code.c -- mmap() over the code segment fails. */
#include <round.h>
#include <stdint.h>

#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  int fd;
  void *code_page = (void *)ROUND_DOWN((uintptr_t)test_main, 4096);
  CHECK((fd = open("sample.txt")) > 1, "open \"sample.txt\"");
  CHECK(mmap(code_page, 4096, 0, fd, 0) == MAP_FAILED, "try to mmap over code segment");
}
