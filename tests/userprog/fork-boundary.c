/* tests/userprog/fork-boundary.c -- fork()'s name argument may straddle a
 * page boundary; the child runs under that name ("child-simple") and its
 * status reaches the parent. */
#include <syscall.h>

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/userprog/boundary.h"

void test_main(void) {
  pid_t pid = fork(copy_string_across_boundary("child-simple"));
  if (pid == 0) {
    msg("child run");
    exit(54);
  }
  int status = wait(pid);
  CHECK(pid > 0, "fork");
  CHECK(status == 54, "wait");
}
