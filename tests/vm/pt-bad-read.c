/* tests/vm/pt-bad-read.c -- read() into memory below the stack pointer
 * (not a valid stack page) kills. */
#include <stdint.h>

#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  int fd;
  CHECK((fd = open("sample.txt")) > 1, "open \"sample.txt\"");
  read(fd, (char *)((uintptr_t)&fd - 4096), 1);
  fail("survived reading data into bad address");
}
