/* tests/userprog/exec-read.c -- the fd table survives fork() and exec():
 * child-read reads on through the fd it inherited, while the parent's own
 * position stays where it was. */
#include <stdio.h>
#include <string.h>

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/userprog/sample.inc"

void test_main(void) {
  int fd;
  char buf[64];
  CHECK((fd = open("sample.txt")) > 1, "open \"sample.txt\"");
  CHECK(read(fd, buf, 10) == 10 && memcmp(buf, sample, 10) == 0, "read \"sample.txt\"");

  char cmd[32];
  snprintf(cmd, sizeof cmd, "child-read %d 10", fd);
  pid_t pid;
  msg("exec \"child-read\"");
  msg("fork");
  pid = fork("child-read");
  if (pid == 0) {
    exec(cmd);
    exit(-1);
  }
  if (pid == PID_ERROR) fail("fork");
  int status = wait(pid);
  CHECK(status == 0, "wait for child");

  CHECK(read(fd, buf, 20) == 20 && memcmp(buf, sample + 10, 20) == 0,
        "read \"sample.txt\" again");
}
