/* tests/filesys/base/sm-create.c -- see create.inc. */
#define TEST_SIZE 5678
#include "tests/filesys/base/create.inc"
