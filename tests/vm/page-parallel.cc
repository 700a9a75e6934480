/* tests/vm/page-parallel.cc -- four child-linear processes at once. */
#include "tests/lib.h"
#include "tests/main.h"

#define CHILD_CNT 4

void test_main(void) {
  pid_t children[CHILD_CNT];
  for (int i = 0; i < CHILD_CNT; i++) {
    msg("exec \"child-linear\"");
    if ((children[i] = spawn("child-linear")) == PID_ERROR) fail("fork failed");
  }
  for (int i = 0; i < CHILD_CNT; i++)
    CHECK(wait(children[i]) == 0x42, "wait for child %d", i);
}
