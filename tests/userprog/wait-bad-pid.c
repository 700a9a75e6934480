/* tests/userprog/wait-bad-pid.c -- wait() for a pid that is no child
 * returns -1 (or kills). */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) { wait((pid_t)0x0c020301); }
