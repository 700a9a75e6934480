/* tests/userprog/write-bad-ptr.c -- write() from an unmapped buffer
 * kills. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  int fd;
  CHECK((fd = open("sample.txt")) > 1, "open \"sample.txt\"");
  write(fd, (char *)0x10123420, 123);
  fail("should have exited with -1");
}
