/* tests/filesys/base/sm-create.cc -- see create.inc. */
#define TEST_SIZE 5678
#include "tests/filesys/base/create.inc"
