/* tests/filesys/base/lg-seq-block.c -- see seq-block.inc. */
#define TEST_SIZE 75678
#define BLOCK_SIZE 513
#include "tests/filesys/base/seq-block.inc"
