/* tests/userprog/open-missing.c -- opening a missing file returns -1. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  int fd = open("no-such-file");
  if (fd != -1) fail("open() returned %d", fd);
}
