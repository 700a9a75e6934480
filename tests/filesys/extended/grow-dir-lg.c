/* tests/filesys/extended/grow-dir-lg.c -- 50 files in a subdirectory. */
#define FILE_CNT 50
#define DIRECTORY "/x"
#include "tests/filesys/extended/grow-dir.inc"
