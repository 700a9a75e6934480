/* tests/filesys/extended/grow-root-lg.cc -- 50 files in the root. */
#define FILE_CNT 50
#include "tests/filesys/extended/grow-dir.inc"
