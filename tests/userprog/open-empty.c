/* tests/userprog/open-empty.c -- open("") returns -1. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  int fd = open("");
  if (fd != -1) fail("open() returned %d instead of -1", fd);
}
