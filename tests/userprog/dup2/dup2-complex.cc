/* tests/userprog/dup2-complex.cc -- dup2() on fds 0 and 1: the console is
 * redirected into a file and back, and aliases survive fork(). */
#include <stdio.h>
#include <string.h>

#include "console.h"
#include "tests/lib.h"
#include "tests/main.h"

static const char line1[] = "first line, printed into a file\n";
static const char line2[] = "second line, printed by the child\n";

void test_main(void) {
  int file, saved_stdout = 30;
  CHECK(create("out.txt", 0), "create \"out.txt\"");
  CHECK((file = open("out.txt")) > 1, "open \"out.txt\"");
  CHECK(dup2(STDOUT_FILENO, saved_stdout) == saved_stdout, "save the console as fd 30");

  /* Point fd 1 at the file: printf() now writes there. */
  msg("redirect fd 1 into \"out.txt\"");
  dup2(file, STDOUT_FILENO);
  printf("%s", line1);
  pid_t pid = fork("child");
  if (pid == 0) {
    printf("%s", line2);
    exit(0);
  }
  int status = wait(pid);
  dup2(saved_stdout, STDOUT_FILENO);
  msg("console restored; child exited with %d", status);

  /* fd 1 and FILE share one position, which moved past the parent's line;
   * the child wrote through its own copy of that position, so ours did not
   * move again, but its line follows ours in the file. */
  CHECK(tell(file) == sizeof line1 - 1, "position after the parent's line");
  char expected[sizeof line1 + sizeof line2];
  snprintf(expected, sizeof expected, "%s%s", line1, line2);
  check_file("out.txt", expected, strlen(expected));

  /* Closing fd 0 and 1 is allowed; fd 30 still reaches the console. */
  close(STDIN_FILENO);
  close(STDOUT_FILENO);
  hprintf(saved_stdout, "(%s) printed through fd 30\n", test_name);
  dup2(saved_stdout, STDOUT_FILENO);
}
