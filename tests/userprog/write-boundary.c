/* tests/userprog/write-boundary.c -- write() from a buffer straddling a
 * page boundary. */
#include <string.h>

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/userprog/boundary.h"
#include "tests/userprog/sample.inc"

void test_main(void) {
  int fd;
  CHECK((fd = open("sample.txt")) > 1, "open \"sample.txt\"");

  char *data = get_boundary_area() - sizeof sample / 2;
  memcpy(data, sample, sizeof sample);
  int bytes = write(fd, data, sizeof sample - 1);
  if (bytes != (int)sizeof sample - 1)
    fail("write() returned %d instead of %zu", bytes, sizeof sample - 1);
}
