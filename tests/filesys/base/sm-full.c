/* tests/filesys/base/sm-full.c -- see full.inc. */
#define TEST_SIZE 5678
#include "tests/filesys/base/full.inc"
