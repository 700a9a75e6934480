/* tests/userprog/write-bad-fd.c -- writes to invalid fds fail or kill. */
#include <limits.h>

#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  char buf = 123;
  write(0x01012342, &buf, 1);
  write(7, &buf, 1);
  write(2546, &buf, 1);
  write(-5, &buf, 1);
  write(-8192, &buf, 1);
  write(INT_MIN + 1, &buf, 1);
  write(INT_MAX - 1, &buf, 1);
}
