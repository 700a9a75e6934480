/* tests/userprog/open-normal.c -- opens an existing file. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  int fd = open("sample.txt");
  if (fd < 2) fail("open() returned %d", fd);
}
