/* tests/vm/page-merge-stk.c -- as page-merge-par, but each child sorts a
 * 128 kB buffer on its stack (child-qsort). */
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/merge.h"

void test_main(void) { sort_and_merge("child-qsort", 72, 8, 128 * 1024, true); }
