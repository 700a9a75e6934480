/* tests/userprog/read-zero.c -- read() of 0 bytes returns 0 and leaves
 * the buffer alone. */
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/userprog/boundary.h"

void test_main(void) {
  int fd;
  CHECK((fd = open("sample.txt")) > 1, "open \"sample.txt\"");

  char *buffer = get_boundary_area() - 1;
  *buffer = '+';
  int bytes = read(fd, buffer, 0);
  if (bytes != 0)
    fail("read() returned %d instead of 0", bytes);
  else if (*buffer != '+')
    fail("read() modified buffer");
}
