/* tests/userprog/write-zero.c -- write() of 0 bytes returns 0. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  int fd;
  char buf = 123;
  CHECK((fd = open("sample.txt")) > 1, "open \"sample.txt\"");
  int bytes = write(fd, &buf, 0);
  if (bytes != 0) fail("write() returned %d instead of 0", bytes);
}
