/* tests/filesys/extended/grow-seq-sm.c -- see grow-seq.inc. */
#define TEST_SIZE 5678
#include "tests/filesys/extended/grow-seq.inc"
