/* tests/vm/page-parallel.c -- four child-linear processes at once. */
#include "tests/lib.h"
#include "tests/main.h"

#define CHILD_CNT 4

void test_main(void) {
  pid_t children[CHILD_CNT];
  for (int i = 0; i < CHILD_CNT; i++) {
    msg("exec \"child-linear\"");
    children[i] = fork("child-linear");
    if (children[i] == 0) {
      exec("child-linear");
      exit(-1);
    }
    if (children[i] == PID_ERROR) fail("fork failed");
  }
  for (int i = 0; i < CHILD_CNT; i++)
    CHECK(wait(children[i]) == 0x42, "wait for child %d", i);
}
