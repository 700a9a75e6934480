/* tests/filesys/extended/grow-create.c -- an empty file. */
#define TEST_SIZE 0
#include "tests/filesys/create.inc"
