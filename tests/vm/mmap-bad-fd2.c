/* tests/vm/mmap-bad-fd2.c -- mmap() of fd 0 (the console) fails (or kills). */
#include <stdio.h>

#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  CHECK(mmap((void *)0x10000000, 4096, 0, STDIN_FILENO, 0) == MAP_FAILED, "try to mmap stdin");
}
