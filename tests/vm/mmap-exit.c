/* tests/vm/mmap-exit.c -- a child's dirty mapping is written back when
 * it exits without munmap(). */
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/sample.inc"

void test_main(void) {
  pid_t child;
  quiet = true;
  msg("exec \"child-mm-wrt\"");
  child = fork("child-mm-wrt");
  if (child == 0) {
    exec("child-mm-wrt");
    exit(-1);
  }
  if (child == PID_ERROR) fail("exec \"child-mm-wrt\"");
  CHECK(wait(child) == 0, "wait for child (should return 0)");
  quiet = false;
  check_file("sample.txt", sample, sizeof sample);
}
