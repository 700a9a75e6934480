/* tests/unit/unit-fs-basic.cc -- the file system's life cycle through its
 * kernel API: create, open, read, write, grow, seek, deny-write, remove
 * while open, and names that must be refused.  Runs on a fresh 2 MB disk.
 * Every check that fails stops the test with FAIL. */
#include <stdio.h>
#include <string.h>

#include "filesys/directory.h"
#include "filesys/volume.h"
#include "filesys/file.h"
#include "filesys/filesys.h"
#include "filesys/free-map.h"
#include "filesys/inode.h"
#include "tests/kernel/ktest.h"

namespace {

#define CHECK(COND, ...) \
  do {                   \
    if (!(COND)) fail(__VA_ARGS__); \
  } while (0)

/* Reads SIZE bytes of F at OFS and checks they equal EXPECTED. */
void check_contents(file *f, off_t ofs, const char *expected, off_t size) {
  char buf[64];
  CHECK(size <= (off_t)sizeof buf, "buffer too small");
  off_t n = file_read_at(f, buf, size, ofs);
  CHECK(n == size, "read %d bytes at %d, expected %d", n, ofs, size);
  CHECK(memcmp(buf, expected, size) == 0, "wrong data at offset %d", ofs);
}

void test_names(void) {
  CHECK(filesys_create(nullptr, "a", 0), "create a");
  CHECK(!filesys_create(nullptr, "a", 0), "second create of a succeeded");
  CHECK(!filesys_create(nullptr, "", 0), "create of \"\" succeeded");
  CHECK(!filesys_create(nullptr, "fifteen-chars-x", 0), "create of a 15-character name succeeded");
  CHECK(filesys_create(nullptr, "fourteen-chars", 0), "create of a 14-character name failed");
  CHECK(!filesys_create(nullptr, "neg", -1), "create with a negative size succeeded");
  CHECK(filesys_open(nullptr, "missing") == nullptr, "open of a missing file succeeded");
  CHECK(filesys_open(nullptr, "") == nullptr, "open of \"\" succeeded");
  CHECK(filesys_open(nullptr, "fifteen-chars-x") == nullptr, "open of a long name succeeded");
  CHECK(!filesys_remove(nullptr, "missing"), "remove of a missing file succeeded");
  msg("names: ok");
}

void test_read_write(void) {
  file *f = filesys_open(nullptr, "a");
  CHECK(f != nullptr, "open a");
  CHECK(file_length(f) == 0, "new file not empty");
  CHECK(file_write(f, "hello", 5) == 5, "write hello");
  CHECK(file_tell(f) == 5, "position after write");
  CHECK(file_write(f, ", world", 7) == 7, "write world");
  CHECK(file_length(f) == 12, "length %d after writes", file_length(f));
  check_contents(f, 0, "hello, world", 12);

  char buf[16];
  file_seek(f, 7);
  CHECK(file_read(f, buf, sizeof buf) == 5, "read at 7 should stop at end of file");
  CHECK(file_read(f, buf, sizeof buf) == 0, "read at end of file returned data");
  CHECK(file_read_at(f, buf, 4, 1000) == 0, "read past end of file returned data");

  /* Growth with a gap that must read as zeros. */
  CHECK(file_write_at(f, "Z", 1, 1500) == 1, "write past end of file");
  CHECK(file_length(f) == 1501, "length %d after growth", file_length(f));
  static const char zeros[16] = {0};
  check_contents(f, 12, zeros, 16);
  check_contents(f, 1484, zeros, 16);
  check_contents(f, 1500, "Z", 1);
  check_contents(f, 0, "hello", 5);
  file_close(f);

  /* A second opener sees the same data; a file created with a size reads
   * as zeros. */
  CHECK(filesys_create(nullptr, "sized", 700), "create sized");
  file *s = filesys_open(nullptr, "sized");
  CHECK(s != nullptr && file_length(s) == 700, "sized file length");
  check_contents(s, 690, zeros, 10);
  file_close(s);
  msg("read, write, grow: ok");
}

void test_deny_write(void) {
  file *f = filesys_open(nullptr, "a");
  file *g = filesys_open(nullptr, "a");
  CHECK(f != nullptr && g != nullptr, "open a twice");
  CHECK(file_get_inode(f) == file_get_inode(g), "two openers got two inodes");
  file_deny_write(f);
  file_deny_write(f); /* Idempotent per file. */
  CHECK(file_write_at(g, "x", 1, 0) == 0, "write allowed while denied");
  file *dup = file_duplicate(f);
  CHECK(dup != nullptr, "duplicate");
  file_allow_write(f);
  CHECK(file_write_at(g, "x", 1, 0) == 0, "duplicate did not keep writes denied");
  file_close(dup);
  CHECK(file_write_at(g, "H", 1, 0) == 1, "write denied after allow and close");
  check_contents(f, 0, "Hello", 5);
  file_close(f);
  file_close(g);
  msg("deny write: ok");
}

void test_remove_while_open(void) {
  size_t free_before = free_map_free_count(root_volume);
  CHECK(filesys_create(nullptr, "doomed", 0), "create doomed");
  file *f = filesys_open(nullptr, "doomed");
  CHECK(f != nullptr, "open doomed");
  static char data[3000];
  for (size_t i = 0; i < sizeof data; i++) data[i] = (char)('a' + i % 26);
  CHECK(file_write(f, data, sizeof data) == sizeof data, "write doomed");
  size_t free_full = free_map_free_count(root_volume);
  CHECK(filesys_remove(nullptr, "doomed"), "remove doomed");
  CHECK(filesys_open(nullptr, "doomed") == nullptr, "open after remove succeeded");
  CHECK(free_map_free_count(root_volume) == free_full, "sectors freed while still open");
  check_contents(f, 2990, data + 2990, 10);
  CHECK(filesys_create(nullptr, "doomed", 5), "the name is free again");
  CHECK(filesys_remove(nullptr, "doomed"), "remove the new doomed");
  file_close(f);
  CHECK(free_map_free_count(root_volume) == free_before, "free sectors %zu after close, %zu before",
        free_map_free_count(root_volume), free_before);
  msg("remove while open: ok");
}

void test_listing(void) {
  dir *root = dir_open(inode_reopen(root_volume->root));
  CHECK(root != nullptr, "open root");
  char name[NAME_MAX + 1];
  off_t pos = 0;
  while (dir_readdir(dir_get_inode(root), &pos, name)) msg("entry: %s", name);
  dir_close(root);
}

/* The root directory grows past the 16 entries it is made with, and
 * reuses free slots rather than growing again. */
void test_directory_growth(void) {
  dir *root = dir_open(inode_reopen(root_volume->root));
  CHECK(root != nullptr, "open root");
  char name[NAME_MAX + 1];
  for (int round = 0; round < 2; round++) {
    for (int i = 0; i < 40; i++) {
      snprintf(name, sizeof name, "f%d", i);
      CHECK(filesys_create(nullptr, name, i), "create %s", name);
    }
    off_t grown = inode_length(dir_get_inode(root));
    CHECK(grown >= 43 * 20, "root directory is %d bytes with 43 entries", grown);
    for (int i = 0; i < 40; i++) {
      snprintf(name, sizeof name, "f%d", i);
      file *f = filesys_open(nullptr, name);
      CHECK(f != nullptr && file_length(f) == i, "open %s", name);
      file_close(f);
      CHECK(filesys_remove(nullptr, name), "remove %s", name);
    }
    if (round == 1) CHECK(inode_length(dir_get_inode(root)) == grown, "slots not reused");
  }
  dir_close(root);
  msg("directory growth: ok");
}

void test_fs_basic(void) {
  CHECK(filesys_mounted(), "no file system: run with --fs-disk and -f");
  test_names();
  test_read_write();
  test_deny_write();
  test_remove_while_open();
  test_listing();
  test_directory_growth();
  pass();
}

}  // namespace

KERNEL_TEST("unit-fs-basic", test_fs_basic);
