/* tests/vm/large.h -- a multi-page file the VM tests create themselves.
 *
 * make_large_file() creates "large.txt" holding LARGE_SIZE bytes of text
 * (lines numbering their own offset, so any misplaced page shows up) and
 * leaves the same bytes in large_data[]. */
#ifndef TESTS_VM_LARGE_H
#define TESTS_VM_LARGE_H

#include <stddef.h>

#define LARGE_SIZE (5 * 4096 + 1234)

extern char large_data[LARGE_SIZE];

/* Prints "create "large.txt"" and "write "large.txt""; fails on error. */
void make_large_file(void);

#endif /* TESTS_VM_LARGE_H */
