/* tests/filesys/base/sm-seq-random.c -- see seq-random.inc. */
#define TEST_SIZE 5678
#include "tests/filesys/base/seq-random.inc"
