/* tests/userprog/create-empty.cc -- create("") fails (or kills). */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) { msg("create(\"\"): %d", create("", 0)); }
