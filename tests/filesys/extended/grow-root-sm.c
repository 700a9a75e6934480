/* tests/filesys/extended/grow-root-sm.c -- 20 files in the root. */
#define FILE_CNT 20
#include "tests/filesys/extended/grow-dir.inc"
