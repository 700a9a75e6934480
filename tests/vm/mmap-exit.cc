/* tests/vm/mmap-exit.cc -- a child's dirty mapping is written back when
 * it exits without munmap(). */
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/userprog/sample.inc"

void test_main(void) {
  pid_t child;
  quiet = true;
  CHECK((child = spawn("child-mm-wrt")) != PID_ERROR, "exec \"child-mm-wrt\"");
  CHECK(wait(child) == 0, "wait for child (should return 0)");
  quiet = false;
  check_file("sample.txt", sample, sizeof sample);
}
