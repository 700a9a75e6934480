/* tests/userprog/fork-close.c -- a child closing its copy of an fd does
 * not close the parent's. */
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/userprog/sample.inc"

void test_main(void) {
  int fd;
  CHECK((fd = open("sample.txt")) > 1, "open \"sample.txt\"");

  pid_t pid = fork("child");
  if (pid == 0) {
    msg("child closes \"sample.txt\"");
    close(fd);
    exit(0);
  }
  int status = wait(pid);
  CHECK(status == 0, "wait for child");
  check_file_handle(fd, "sample.txt", sample, sizeof sample - 1);
}
