/* tests/filesys/extended/grow-create.cc -- an empty file. */
#define TEST_SIZE 0
#include "tests/filesys/base/create.inc"
