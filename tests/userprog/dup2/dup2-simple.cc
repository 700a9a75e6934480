/* tests/userprog/dup2-simple.cc -- dup2() makes an alias that shares the
 * file position and outlives the original fd. */
#include <string.h>

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/userprog/sample.inc"

void test_main(void) {
  int fd1, fd2 = 0x1CE;
  char buf[sizeof sample];
  CHECK((fd1 = open("sample.txt")) > 1, "open \"sample.txt\"");
  CHECK(dup2(fd1, fd2) == fd2, "dup2(fd, 0x1CE)");

  /* The first half through one fd, the rest through the other. */
  size_t half = (sizeof sample - 1) / 2;
  CHECK(read(fd1, buf, half) == (int)half, "read first half through the original");
  CHECK(read(fd2, buf + half, sizeof sample - 1 - half) == (int)(sizeof sample - 1 - half),
        "read second half through the copy");
  buf[sizeof sample - 1] = '\0';
  CHECK(memcmp(buf, sample, sizeof sample) == 0, "compare with sample.txt");

  CHECK(dup2(fd1, fd1) == fd1, "dup2() of an fd onto itself");
  msg("close the original");
  close(fd1);
  seek(fd2, 0);
  CHECK(tell(fd2) == 0 && read(fd2, buf, 10) == 10 && memcmp(buf, sample, 10) == 0,
        "the copy still reads");
  CHECK(dup2(fd1, 20) == -1, "dup2() of a closed fd fails");
}
