/* tests/filesys/base/lg-create.c -- see create.inc. */
#define TEST_SIZE 75678
#include "tests/filesys/base/create.inc"
