/* tests/vm/page-merge-par.c -- 8 chunks sorted by 8 child-sort processes
 * running at once, then merged. */
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/merge.h"

void test_main(void) { sort_and_merge("child-sort", 123, 8, 128 * 1024, true); }
