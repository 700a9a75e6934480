/* tests/userprog/wait-killed.cc -- wait() for a killed child returns -1. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) { msg("wait(exec()) = %d", wait(spawn("child-bad"))); }
