/* tests/vm/page-merge-seq.c -- 16 chunks sorted one at a time by
 * child-sort, then merged (2 MB of data). */
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/merge.h"

void test_main(void) { sort_and_merge("child-sort", 123, 16, false); }
