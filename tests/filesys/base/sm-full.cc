/* tests/filesys/base/sm-full.cc -- see full.inc. */
#define TEST_SIZE 5678
#include "tests/filesys/base/full.inc"
