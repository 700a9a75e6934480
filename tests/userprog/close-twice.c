/* tests/userprog/close-twice.c -- closing an fd twice is harmless (or
 * kills the process). */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  int fd;
  CHECK((fd = open("sample.txt")) > 1, "open \"sample.txt\"");
  msg("close \"sample.txt\"");
  close(fd);
  msg("close \"sample.txt\" again");
  close(fd);
}
