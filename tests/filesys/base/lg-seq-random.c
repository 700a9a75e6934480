/* tests/filesys/base/lg-seq-random.c -- see seq-random.inc. */
#define TEST_SIZE 75678
#include "tests/filesys/base/seq-random.inc"
