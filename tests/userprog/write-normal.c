/* tests/userprog/write-normal.c -- creates test.txt the size of the sample
 * and writes the sample into it through a fresh descriptor. */
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/userprog/sample.inc"

void test_main(void) {
  int fd;
  CHECK(create("test.txt", sizeof sample - 1), "create \"test.txt\"");
  CHECK((fd = open("test.txt")) > 1, "open \"test.txt\"");
  int bytes = write(fd, sample, sizeof sample - 1);
  if (bytes != (int)sizeof sample - 1)
    fail("write() returned %d instead of %zu", bytes, sizeof sample - 1);
}
