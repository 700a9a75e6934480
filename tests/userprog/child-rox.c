/* tests/userprog/child-rox.c -- "child-rox N": its own executable cannot
 * be written while it runs; runs "child-rox N-1" in between if N > 1.
 * Exits with 12. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>

#include "tests/lib.h"

static void try_write(void) {
  int fd;
  char buffer[19] = {0};
  quiet = true;
  CHECK((fd = open("child-rox")) > 1, "open \"child-rox\"");
  quiet = false;
  CHECK(write(fd, buffer, sizeof buffer) == 0, "try to write \"child-rox\"");
  close(fd);
}

int main(int argc, char *argv[]) {
  test_name = "child-rox";
  msg("begin");
  try_write();

  if (argc != 2 || !isdigit((unsigned char)argv[1][0])) fail("bad command-line arguments");
  int n = atoi(argv[1]);
  if (n > 1) {
    char cmd[128];
    snprintf(cmd, sizeof cmd, "child-rox %d", n - 1);
    pid_t child;
    msg("exec \"%s\"", cmd);
    child = fork("child-rox");
    if (child == 0) {
      exec(cmd);
      exit(-1);
    }
    if (child == PID_ERROR) fail("fork failed");
    quiet = true;
    CHECK(wait(child) == 12, "wait for \"child-rox\"");
    quiet = false;
  }

  try_write();
  msg("end");
  return 12;
}
