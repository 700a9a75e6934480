/* tests/userprog/create-null.c -- create(NULL) kills the process. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) { msg("create(NULL): %d", create(NULL, 0)); }
