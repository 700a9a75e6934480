/* tests/filesys/extended/write-some.h -- growing a file by random-sized
 * writes, for the tests that grow files side by side. */
#ifndef TESTS_FILESYS_EXTENDED_WRITE_SOME_H
#define TESTS_FILESYS_EXTENDED_WRITE_SOME_H

#include <random.h>
#include <stddef.h>

#include "tests/lib.h"

/* If *OFS < SIZE, writes the next 1 to SIZE / 8 bytes (a random number) of
 * BUF at *OFS through FD and advances *OFS; fails if the write is short. */
static inline void write_some_bytes(const char *file_name, int fd, const char *buf,
                                    size_t size, size_t *ofs) {
  if (*ofs >= size) return;
  size_t block_size = random_ulong() % (size / 8) + 1;
  if (block_size > size - *ofs) block_size = size - *ofs;
  size_t ret_val = write(fd, buf + *ofs, block_size);
  if (ret_val != block_size)
    fail("write %zu bytes at offset %zu in \"%s\" returned %zu", block_size, *ofs, file_name,
         ret_val);
  *ofs += block_size;
}

#endif /* TESTS_FILESYS_EXTENDED_WRITE_SOME_H */
