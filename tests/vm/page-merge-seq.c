/* tests/vm/page-merge-seq.c -- 16 chunks of 63 kB sorted one at a time by
 * child-sort (each announcing itself), then merged. */
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/merge.h"

void test_main(void) { sort_and_merge("child-sort", 123, 16, 126 * 512, false); }
