/* tests/vm/merge.h -- the sort-and-merge driver of the page-merge tests. */
#ifndef TESTS_VM_MERGE_H
#define TESTS_VM_MERGE_H

#include <stdbool.h>

/* Fills CHUNK_CNT chunks of 128 kB with arc4 data, has CHILD_NAME sort each
 * chunk (through a file; all children run at once if PARALLEL, else one
 * after the other), checks each exits with EXIT_STATUS, merges the chunks
 * and verifies the result is sorted and holds the same bytes. */
void sort_and_merge(const char *child_name, int exit_status, int chunk_cnt, bool parallel);

#endif /* TESTS_VM_MERGE_H */
