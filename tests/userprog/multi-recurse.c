/* tests/userprog/multi-recurse.c -- "multi-recurse N" runs
 * "multi-recurse N-1" (fork + exec) and checks that it exits with N-1; the
 * chain is N + 1 processes deep. */
#include <stdio.h>
#include <stdlib.h>

#include "tests/lib.h"

int main(int argc, char *argv[]) {
  int n = argc > 1 ? atoi(argv[1]) : 0;
  test_name = "multi-recurse";

  msg("begin %d", n);
  if (n != 0) {
    char cmd[128];
    snprintf(cmd, sizeof cmd, "multi-recurse %d", n - 1);
    msg("exec(\"%s\")", cmd);
    pid_t pid = fork("multi-recurse");
    if (pid == 0) {
      exec(cmd);
      exit(-1);
    }
    if (pid == PID_ERROR) fail("fork for \"%s\" failed", cmd);
    int status = wait(pid);
    if (status != n - 1) fail("wait(exec(\"%s\")) returned %d", cmd, status);
  }
  msg("end %d", n);
  return n;
}
