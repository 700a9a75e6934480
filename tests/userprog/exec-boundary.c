/* tests/userprog/exec-boundary.c -- an exec() command line straddling a
 * page boundary is valid: a forked child (named child-simple) execs it,
 * and the parent checks the fork and the child's status afterwards. */
#include <syscall.h>

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/userprog/boundary.h"

void test_main(void) {
  pid_t pid = fork("child-simple");
  if (pid == 0) {
    exec(copy_string_across_boundary("child-simple"));
    fail("exec() returned");
  }
  int status = wait(pid);
  CHECK(pid > 0, "fork");
  CHECK(status == 81, "wait");
}
