/* tests/userprog/create-empty.c -- create("") fails (or kills). */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) { msg("create(\"\"): %d", create("", 0)); }
