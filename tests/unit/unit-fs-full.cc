/* tests/unit/unit-fs-full.cc -- running out of disk space on a 1 MB disk.
 *
 * A write that fills the disk must return a short count, keep what it
 * wrote, and leave no sector allocated outside a file; creations that do
 * not fit must fail and allocate nothing; removing the file must give back
 * every sector. */
#include "filesys/file.h"
#include "filesys/volume.h"
#include "filesys/filesys.h"
#include "filesys/free-map.h"
#include "filesys/inode-map.h"
#include "kernel/malloc.h"
#include "tests/kernel/ktest.h"

namespace {

#define CHECK(COND, ...) \
  do {                   \
    if (!(COND)) fail(__VA_ARGS__); \
  } while (0)

constexpr off_t CHUNK = 4096;

uint8_t pattern(off_t ofs) { return (uint8_t)(ofs * 13 + ofs / 511); }

void test_fs_full(void) {
  CHECK(filesys_mounted(), "no file system: run with --fs-disk=1 and -f");
  uint8_t *buf = static_cast<uint8_t *>(malloc(CHUNK));
  CHECK(buf != nullptr, "out of memory");
  size_t free_before = free_map_free_count(root_volume);

  /* 1. Creations that cannot fit fail and leak nothing. */
  CHECK(!filesys_create(nullptr, "huge", 2 * 1024 * 1024), "a 2 MB file fit on a 1 MB disk");
  CHECK(!filesys_create(nullptr, "toolong", INODE_MAX_LENGTH + 1), "a file over the maximum size");
  CHECK(free_map_free_count(root_volume) == free_before, "a failed create leaked sectors");
  msg("creations too big for the disk fail");

  /* 2. Write until the disk is full. */
  CHECK(filesys_create(nullptr, "fill", 0), "create fill");
  file *f = filesys_open(nullptr, "fill");
  CHECK(f != nullptr, "open fill");
  off_t total = 0;
  for (;;) {
    for (off_t i = 0; i < CHUNK; i++) buf[i] = pattern(total + i);
    off_t n = file_write(f, buf, CHUNK);
    total += n;
    if (n < CHUNK) break;
    CHECK(total < 2 * 1024 * 1024, "wrote more than the disk holds");
  }
  CHECK(file_length(f) == total, "length %d, wrote %d", file_length(f), total);
  CHECK(total > 512 * 1024, "only %d bytes fit on a 1 MB disk", total);
  /* What is left is less than the next sector needs (a data sector and
   * perhaps an index block). */
  CHECK(free_map_free_count(root_volume) <= 1, "%zu sectors still free", free_map_free_count(root_volume));
  CHECK(file_write(f, buf, CHUNK) == 0, "a write on a full disk wrote something");
  msg("a write on a full disk returns a short count");

  /* 3. What was written is intact. */
  for (off_t ofs = 0; ofs < total; ofs += CHUNK) {
    off_t want = total - ofs < CHUNK ? total - ofs : CHUNK;
    CHECK(file_read_at(f, buf, CHUNK, ofs) == want, "short read at %d", ofs);
    for (off_t i = 0; i < want; i++)
      CHECK(buf[i] == pattern(ofs + i), "byte %d changed", ofs + i);
  }
  msg("the data written before the disk filled is intact");

  /* 4. Nothing else fits now, and failing leaks nothing. */
  size_t free_full = free_map_free_count(root_volume);
  CHECK(!filesys_create(nullptr, "more", CHUNK), "a 4 kB file fit on a full disk");
  CHECK(free_map_free_count(root_volume) == free_full, "the failed create leaked sectors");
  msg("a create on a full disk fails");

  /* 5. Removing the file gives everything back. */
  file_close(f);
  CHECK(filesys_remove(nullptr, "fill"), "remove fill");
  CHECK(free_map_free_count(root_volume) == free_before, "%zu sectors free, %zu before",
        free_map_free_count(root_volume), free_before);
  CHECK(filesys_create(nullptr, "more", CHUNK), "a 4 kB file does not fit after the removal");
  msg("removing the file frees every sector");
  free(buf);
  pass();
}

}  // namespace

KERNEL_TEST("unit-fs-full", test_fs_full);
