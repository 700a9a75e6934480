/* tests/filesys/extended/grow-root-lg.c -- 50 files in the root. */
#define FILE_CNT 50
#include "tests/filesys/extended/grow-dir.inc"
