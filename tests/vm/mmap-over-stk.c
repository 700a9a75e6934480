/* tests/vm/mmap-over-stk.c -- mmap() over the stack fails. */
#include <round.h>
#include <stdint.h>

#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  char x = 0;
  int fd;
  void *stack_page = (void *)ROUND_DOWN((uintptr_t)&x, 4096);
  CHECK((fd = open("sample.txt")) > 1, "open \"sample.txt\"");
  CHECK(mmap(stack_page, 4096, 0, fd, 0) == MAP_FAILED, "try to mmap over stack segment");
}
