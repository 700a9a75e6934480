/* tests/userprog/fork-read.c -- a forked child gets a copy of each fd
 * with its own position: the child reading does not move the parent. */
#include <string.h>

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/userprog/sample.inc"

void test_main(void) {
  int fd;
  char buf[64];
  CHECK((fd = open("sample.txt")) > 1, "open \"sample.txt\"");
  CHECK(read(fd, buf, 10) == 10, "read first 10 bytes");

  pid_t pid = fork("child");
  if (pid == 0) {
    if (read(fd, buf, 20) != 20 || memcmp(buf, sample + 10, 20) != 0)
      fail("child read wrong data");
    msg("child read 20 bytes");
    exit(0);
  }
  int status = wait(pid);
  CHECK(status == 0, "wait for child");

  /* Our position is still 10, whatever the child did with its copy. */
  CHECK(read(fd, buf, 20) == 20 && memcmp(buf, sample + 10, 20) == 0,
        "parent reads the same 20 bytes");
  close(fd);
}
