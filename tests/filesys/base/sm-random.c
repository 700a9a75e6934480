/* tests/filesys/base/sm-random.c -- see random.inc. */
#define BLOCK_SIZE 13
#define BLOCK_CNT 123
#include "tests/filesys/base/random.inc"
