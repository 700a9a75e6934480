/* tests/filesys/extended/dir-empty-name.c -- mkdir("") must fail. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) { CHECK(!mkdir(""), "mkdir \"\" (must return false)"); }
