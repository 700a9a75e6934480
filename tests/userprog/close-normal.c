/* tests/userprog/close-normal.c -- closes an open file. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  int fd;
  CHECK((fd = open("sample.txt")) > 1, "open \"sample.txt\"");
  msg("close \"sample.txt\"");
  close(fd);
}
