/* tests/userprog/create-null.cc -- create(NULL) kills the process. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) { msg("create(NULL): %d", create(nullptr, 0)); }
