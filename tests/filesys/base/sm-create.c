/* tests/filesys/base/sm-create.c -- see tests/filesys/create.inc. */
#define TEST_SIZE 5678
#include "tests/filesys/create.inc"
