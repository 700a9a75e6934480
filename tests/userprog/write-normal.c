/* tests/userprog/write-normal.c -- writes sample.txt over itself. */
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/userprog/sample.inc"

void test_main(void) {
  int fd;
  CHECK((fd = open("sample.txt")) > 1, "open \"sample.txt\"");
  int bytes = write(fd, sample, sizeof sample - 1);
  if (bytes != (int)sizeof sample - 1)
    fail("write() returned %d instead of %zu", bytes, sizeof sample - 1);
}
