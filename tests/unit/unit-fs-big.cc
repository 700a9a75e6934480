/* tests/unit/unit-fs-big.cc -- a 2 MB file on a 10 MB disk.
 *
 * 2 MB is 4,096 sectors: far past the 123 direct and 128 indirect sectors
 * of an inode, so this exercises the double-indirect level.  The file is
 * grown by writes (as extract does), read back, rewritten in place across
 * the index boundaries, then a second 2 MB file is created with its size
 * up front.  Removing both must give every sector back. */
#include <string.h>

#include "filesys/file.h"
#include "filesys/volume.h"
#include "filesys/filesys.h"
#include "filesys/free-map.h"
#include "kernel/malloc.h"
#include "tests/kernel/ktest.h"

namespace {

#define CHECK(COND, ...) \
  do {                   \
    if (!(COND)) fail(__VA_ARGS__); \
  } while (0)

constexpr off_t FILE_SIZE = 2 * 1024 * 1024;
constexpr off_t CHUNK = 4096;

/* The byte expected at OFS in generation GEN of the file. */
uint8_t pattern(off_t ofs, int gen) { return (uint8_t)(ofs * 7 + ofs / 4093 + gen * 31); }

void fill(uint8_t *buf, off_t ofs, off_t size, int gen) {
  for (off_t i = 0; i < size; i++) buf[i] = pattern(ofs + i, gen);
}

/* Checks every byte of F against generation GEN, except [SKIP_OFS,
 * SKIP_OFS + SKIP_SIZE) which must be generation SKIP_GEN. */
void verify(file *f, uint8_t *buf, int gen, off_t skip_ofs, off_t skip_size, int skip_gen) {
  for (off_t ofs = 0; ofs < FILE_SIZE; ofs += CHUNK) {
    CHECK(file_read_at(f, buf, CHUNK, ofs) == CHUNK, "short read at %d", ofs);
    for (off_t i = 0; i < CHUNK; i++) {
      off_t at = ofs + i;
      int want_gen = at >= skip_ofs && at < skip_ofs + skip_size ? skip_gen : gen;
      CHECK(buf[i] == pattern(at, want_gen), "byte %d is %d, expected %d", at, buf[i],
            pattern(at, want_gen));
    }
  }
}

void test_fs_big(void) {
  CHECK(filesys_mounted(), "no file system: run with --fs-disk=10 and -f");
  uint8_t *buf = static_cast<uint8_t *>(malloc(CHUNK));
  CHECK(buf != nullptr, "out of memory");
  size_t free_before = free_map_free_count(root_volume);

  /* 1. Grow a file to 2 MB by writing it in 4 kB chunks. */
  CHECK(filesys_create(nullptr, "big", 0), "create big");
  file *f = filesys_open(nullptr, "big");
  CHECK(f != nullptr, "open big");
  for (off_t ofs = 0; ofs < FILE_SIZE; ofs += CHUNK) {
    fill(buf, ofs, CHUNK, 0);
    CHECK(file_write(f, buf, CHUNK) == CHUNK, "short write at %d", ofs);
  }
  CHECK(file_length(f) == FILE_SIZE, "length %d", file_length(f));
  msg("wrote 2 MB");

  /* 2. Read it back through a new opener. */
  file_close(f);
  f = filesys_open(nullptr, "big");
  CHECK(f != nullptr, "reopen big");
  verify(f, buf, 0, 0, 0, 0);
  msg("read 2 MB back");

  /* 3. Rewrite a range that straddles the direct/indirect and the
   * indirect/double-indirect boundaries (sectors 123 and 251), unaligned. */
  const off_t rw_ofs = 123 * 512 - 1000, rw_size = 100 * 1024;
  for (off_t done = 0; done < rw_size; done += CHUNK) {
    off_t n = rw_size - done < CHUNK ? rw_size - done : CHUNK;
    fill(buf, rw_ofs + done, n, 1);
    CHECK(file_write_at(f, buf, n, rw_ofs + done) == n, "rewrite at %d", rw_ofs + done);
  }
  CHECK(file_length(f) == FILE_SIZE, "rewrite changed the length");
  verify(f, buf, 0, rw_ofs, rw_size, 1);
  msg("rewrote 100 kB across the index boundaries");

  /* 4. A second 2 MB file, created with its size: reads as zeros. */
  CHECK(filesys_create(nullptr, "big2", FILE_SIZE), "create big2 with 2 MB");
  file *g = filesys_open(nullptr, "big2");
  CHECK(g != nullptr && file_length(g) == FILE_SIZE, "open big2");
  CHECK(file_read_at(g, buf, CHUNK, FILE_SIZE - CHUNK) == CHUNK, "read end of big2");
  for (off_t i = 0; i < CHUNK; i++) CHECK(buf[i] == 0, "big2 is not zero at %d", i);
  file_close(g);
  msg("created a second 2 MB file");

  /* 5. Everything comes back. */
  file_close(f);
  CHECK(filesys_remove(nullptr, "big") && filesys_remove(nullptr, "big2"), "remove");
  CHECK(free_map_free_count(root_volume) == free_before, "%zu sectors free, %zu before",
        free_map_free_count(root_volume), free_before);
  msg("removed both; all sectors free again");
  free(buf);
  pass();
}

}  // namespace

KERNEL_TEST("unit-fs-big", test_fs_big);
