/* tests/userprog/read-bad-ptr.c -- read() into an unmapped buffer kills. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  int fd;
  CHECK((fd = open("sample.txt")) > 1, "open \"sample.txt\"");
  read(fd, (char *)0xc0100000, 123);
  fail("should not have survived read()");
}
