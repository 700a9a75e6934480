/* tests/vm/page-merge-mm.c -- as page-merge-par, but each child sorts
 * its chunk in place through mmap() (child-qsort-mm). */
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/merge.h"

void test_main(void) { sort_and_merge("child-qsort-mm", 80, 8, 128 * 1024, true); }
