/* tests/vm/qsort.h -- an in-place quicksort of bytes (recursive, so it
 * uses a fair amount of stack). */
#ifndef TESTS_VM_QSORT_H
#define TESTS_VM_QSORT_H

#include <stddef.h>

/* Sorts the SIZE bytes at BUF into ascending order. */
void qsort_bytes(unsigned char *buf, size_t size);

#endif /* TESTS_VM_QSORT_H */
