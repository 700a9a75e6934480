/* tests/filesys/seq-test.h -- write a file sequentially, check it. */
#ifndef TESTS_FILESYS_SEQ_TEST_H
#define TESTS_FILESYS_SEQ_TEST_H

#include <stddef.h>

/* Fills the SIZE bytes at BUF with random data, creates FILE_NAME with
 * INITIAL_SIZE bytes, writes BUF into it in blocks whose sizes come from
 * BLOCK_SIZE_FUNC (after each write CHECK_FUNC(fd, offset) runs, if not
 * null), closes it and verifies its contents. */
void seq_test(const char *file_name, void *buf, size_t size, size_t initial_size,
              size_t (*block_size_func)(void), void (*check_func)(int fd, long ofs));

#endif /* TESTS_FILESYS_SEQ_TEST_H */
