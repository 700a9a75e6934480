/* tests/userprog/fork-boundary.c -- the child's name may straddle a page
 * boundary. */
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/userprog/boundary.h"

void test_main(void) {
  pid_t pid = fork(copy_string_across_boundary("child"));
  if (pid != 0) {
    msg("Parent: child exit status is %d", wait(pid));
  } else {
    msg("child run");
    exit(42);
  }
}
