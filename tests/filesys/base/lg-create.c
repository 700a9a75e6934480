/* tests/filesys/base/lg-create.c -- see tests/filesys/create.inc. */
#define TEST_SIZE 75678
#include "tests/filesys/create.inc"
