/* tests/filesys/extended/grow-seq-lg.c -- see grow-seq.inc. */
#define TEST_SIZE 72943
#include "tests/filesys/extended/grow-seq.inc"
