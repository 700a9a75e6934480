/* filesys/sector-buffer.h -- one heap-allocated sector buffer, freed at the
 * end of its scope.
 *
 * Kernel stacks are small, so the file system never keeps a 512-byte sector
 * on the stack.  Usage:
 *
 *     sector_buffer buf;
 *     if (!buf.ok()) return false;          // out of memory is an error
 *     if (!block_read(disk, sector, buf.data())) return false;
 *
 * The buffer is uninitialised unless ZERO is passed. */
#ifndef FILESYS_SECTOR_BUFFER_H
#define FILESYS_SECTOR_BUFFER_H

#include <string.h>

#include "devices/block.h"
#include "kernel/malloc.h"

class sector_buffer {
 public:
  enum fill_mode { UNINITIALISED, ZERO };
  explicit sector_buffer(fill_mode fill = UNINITIALISED)
      : data_(static_cast<uint8_t *>(malloc(BLOCK_SECTOR_SIZE))) {
    if (data_ != nullptr && fill == ZERO) memset(data_, 0, BLOCK_SECTOR_SIZE);
  }
  ~sector_buffer() { free(data_); }
  sector_buffer(const sector_buffer &) = delete;
  sector_buffer &operator=(const sector_buffer &) = delete;

  /* False if the allocation failed; then data() is NULL. */
  bool ok() const { return data_ != nullptr; }
  uint8_t *data() { return data_; }
  /* The sector seen as an array of T (index blocks: block_sector_t). */
  template <typename T>
  T *as() { return reinterpret_cast<T *>(data_); }

 private:
  uint8_t *data_;
};

#endif /* FILESYS_SECTOR_BUFFER_H */
