/* tests/filesys/base/sm-seq-block.c -- see seq-block.inc. */
#define TEST_SIZE 5678
#define BLOCK_SIZE 513
#include "tests/filesys/base/seq-block.inc"
