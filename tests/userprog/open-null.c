/* tests/userprog/open-null.c -- open(NULL) kills the process. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) { open(NULL); }
