/* tests/userprog/multi-child-fd.c -- a child closing its inherited copy
 * of an fd leaves the parent's fd working. */
#include <stdio.h>

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/userprog/sample.inc"

void test_main(void) {
  int fd;
  CHECK((fd = open("sample.txt")) > 1, "open \"sample.txt\"");

  char cmd[32];
  snprintf(cmd, sizeof cmd, "child-close %d", fd);
  pid_t pid = fork("child-close");
  if (pid == 0) {
    exec(cmd);
    exit(-1);
  }
  msg("wait(exec()) = %d", wait(pid));
  check_file_handle(fd, "sample.txt", sample, sizeof sample - 1);
}
