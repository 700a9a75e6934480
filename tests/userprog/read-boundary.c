/* tests/userprog/read-boundary.c -- read() into a buffer straddling a
 * page boundary. */
#include <string.h>

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/userprog/boundary.h"
#include "tests/userprog/sample.inc"

void test_main(void) {
  int fd;
  CHECK((fd = open("sample.txt")) > 1, "open \"sample.txt\"");

  char *buffer = get_boundary_area() - sizeof sample / 2;
  int bytes = read(fd, buffer, sizeof sample - 1);
  if (bytes != (int)sizeof sample - 1)
    fail("read() returned %d instead of %zu", bytes, sizeof sample - 1);
  if (strcmp(sample, buffer) != 0) {
    msg("expected text:\n%s", sample);
    msg("text actually read:\n%s", buffer);
    fail("expected text differs from actual");
  }
}
