/* tests/filesys/base/lg-random.c -- see random.inc. */
#define BLOCK_SIZE 512
#define BLOCK_CNT 150
#include "tests/filesys/base/random.inc"
