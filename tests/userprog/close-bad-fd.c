/* tests/userprog/close-bad-fd.c -- closing a never-opened fd is harmless
 * (or kills the process). */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) { close(0x20101234); }
