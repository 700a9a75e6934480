/* tests/filesys/base/lg-full.c -- see full.inc. */
#define TEST_SIZE 75678
#include "tests/filesys/base/full.inc"
