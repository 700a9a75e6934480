/* tests/filesys/base/syn-read.h -- shared by syn-read and child-syn-read. */
#ifndef TESTS_FILESYS_BASE_SYN_READ_H
#define TESTS_FILESYS_BASE_SYN_READ_H

#define BUF_SIZE 1024
static const char file_name[] = "data";

#endif /* TESTS_FILESYS_BASE_SYN_READ_H */
