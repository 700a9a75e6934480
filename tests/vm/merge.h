/* tests/vm/merge.h -- the sort-and-merge driver of the page-merge tests. */
#ifndef TESTS_VM_MERGE_H
#define TESTS_VM_MERGE_H

#include <stdbool.h>

#include <stddef.h>

/* Fills CHUNK_CNT chunks of CHUNK_SIZE bytes (at most 16 of 128 kB) with
 * arc4 data, has CHILD_NAME sort each chunk through a file, checks each
 * exits with EXIT_STATUS, merges the chunks and verifies the result is
 * sorted and holds the same bytes.
 *
 * PARALLEL: chunk I goes to file "bufI" and all children run at once;
 * prints "sort chunk I" for each, then "wait for child I" for each.
 * Otherwise one file "buffer" serves each chunk in turn: "sort chunk I",
 * then the child's "child[I] exec", then "child[I] wait success". */
void sort_and_merge(const char *child_name, int exit_status, int chunk_cnt, size_t chunk_size,
                    bool parallel);

#endif /* TESTS_VM_MERGE_H */
