/* tests/unit/unit-fs-corrupt.cc -- a corrupt disk gives errors, not panics.
 *
 * The test damages a freshly formatted disk behind the inode layer's back,
 * one structure at a time, by writing raw sectors through the buffer cache
 * (filesys/cache.h, the file system's only view of the disk: a block_write()
 * could be hidden by a cached copy), checks that every operation touching
 * it fails cleanly (with a message), then repairs it:
 *   1. garbage in the root directory's inode (fsck refuses the disk);
 *   2. a file inode with a data pointer outside the disk;
 *   3. a file inode with a bad magic number;
 *   4. a directory entry naming a sector outside the disk;
 *   5. a free map whose length does not match the disk.
 * The messages carry sector numbers that depend on allocation order; the
 * checker replaces numbers in them with N. */
#include <string.h>

#include "devices/block.h"
#include "filesys/cache.h"
#include "filesys/volume.h"
#include "filesys/directory.h"
#include "filesys/file.h"
#include "filesys/filesys.h"
#include "filesys/free-map.h"
#include "filesys/fsck.h"
#include "filesys/inode.h"
#include "filesys/inode-map.h"
#include "filesys/sector-buffer.h"
#include "tests/kernel/ktest.h"

namespace {

#define CHECK(COND, ...) \
  do {                   \
    if (!(COND)) fail(__VA_ARGS__); \
  } while (0)

/* Creates NAME holding "data!" and returns its inode sector. */
block_sector_t make_file(const char *name) {
  CHECK(filesys_create(nullptr, name, 0), "create %s", name);
  file *f = filesys_open(nullptr, name);
  CHECK(f != nullptr && file_write(f, "data!", 5) == 5, "write %s", name);
  block_sector_t sector = inode_sector(file_get_inode(f));
  file_close(f);
  return sector;
}

void read_sector(block_sector_t s, void *buf) {
  CHECK(cache_read(root_volume->disk, s, buf), "read sector %u", s);
}
void write_sector(block_sector_t s, const void *buf) {
  CHECK(cache_write(root_volume->disk, s, buf), "write sector %u", s);
}

void test_root_inode(sector_buffer *saved, sector_buffer *junk) {
  /* The mounted volume keeps its root inode in memory: the damage shows
   * only to a check of the disk, which must refuse it (quietly). */
  msg("1. garbage in the root directory's inode");
  read_sector(ROOT_DIR_SECTOR, saved->data());
  memset(junk->data(), 0xa5, BLOCK_SECTOR_SIZE);
  write_sector(ROOT_DIR_SECTOR, junk->data());
  CHECK(fsck_volume(root_volume, FSCK_QUIET) == FSCK_FAILED, "fsck accepted a garbage root");
  write_sector(ROOT_DIR_SECTOR, saved->data());
  CHECK(fsck_volume(root_volume, FSCK_QUIET) == FSCK_CLEAN, "fsck refused a good disk");
  file *f = filesys_open(nullptr, "victim");
  CHECK(f != nullptr, "open after the repair failed");
  file_close(f);
  msg("repaired");
}

void test_bad_pointer(block_sector_t victim, sector_buffer *saved, sector_buffer *junk) {
  msg("2. a data pointer outside the disk");
  read_sector(victim, saved->data());
  memcpy(junk->data(), saved->data(), BLOCK_SECTOR_SIZE);
  junk->as<inode_disk>()->direct[0] = 0x00ffffff;
  write_sector(victim, junk->data());
  file *f = filesys_open(nullptr, "victim");
  CHECK(f != nullptr, "open failed: the inode itself is fine");
  char buf[8];
  CHECK(file_read(f, buf, sizeof buf) == 0, "read through a bad pointer returned data");
  CHECK(file_write_at(f, "x", 1, 0) == 0, "write through a bad pointer succeeded");
  CHECK(file_length(f) == 5, "the length changed");
  file_close(f);
  write_sector(victim, saved->data());
  f = filesys_open(nullptr, "victim");
  CHECK(f != nullptr && file_read(f, buf, sizeof buf) == 5, "read after the repair");
  file_close(f);
  msg("repaired");
}

void test_bad_magic(sector_buffer *junk) {
  msg("3. a file inode with a bad magic number");
  block_sector_t victim2 = make_file("victim2");
  memset(junk->data(), 0x5a, BLOCK_SECTOR_SIZE);
  write_sector(victim2, junk->data());
  CHECK(filesys_open(nullptr, "victim2") == nullptr, "open succeeded");
  CHECK(filesys_remove(nullptr, "victim2"), "the name of a corrupt file cannot be removed");
  CHECK(filesys_open(nullptr, "victim2") == nullptr, "open after remove succeeded");
  msg("name removed");
}

void test_bad_entry(sector_buffer *saved, sector_buffer *junk) {
  msg("4. a directory entry naming a sector outside the disk");
  dir *root = dir_open(inode_reopen(root_volume->root));
  CHECK(root != nullptr, "open root");
  block_sector_t entries;
  CHECK(inode_get_sector(dir_get_inode(root), 0, &entries), "find the root's data");
  dir_close(root);
  read_sector(entries, saved->data());
  memcpy(junk->data(), saved->data(), BLOCK_SECTOR_SIZE);
  /* Entry 0 is "victim": its first field is the inode sector. */
  CHECK(strcmp((char *)junk->data() + 4, "victim") == 0, "entry 0 is not victim");
  *junk->as<block_sector_t>() = 0x00ffffff;
  write_sector(entries, junk->data());
  CHECK(filesys_open(nullptr, "victim") == nullptr, "open succeeded");
  write_sector(entries, saved->data());
  file *f = filesys_open(nullptr, "victim");
  CHECK(f != nullptr, "open after the repair failed");
  file_close(f);
  msg("repaired");
}

void test_free_map(sector_buffer *saved, sector_buffer *junk) {
  msg("5. a free map that does not fit the disk");
  size_t free_before = free_map_free_count(root_volume);
  read_sector(FREE_MAP_SECTOR, saved->data());
  memcpy(junk->data(), saved->data(), BLOCK_SECTOR_SIZE);
  junk->as<inode_disk>()->length = 1;
  write_sector(FREE_MAP_SECTOR, junk->data());
  CHECK(!free_map_open(root_volume), "a free map of 1 byte was accepted");
  junk->as<inode_disk>()->length = INODE_MAX_LENGTH + 512;
  write_sector(FREE_MAP_SECTOR, junk->data());
  CHECK(!free_map_open(root_volume), "a free map longer than any file was accepted");
  write_sector(FREE_MAP_SECTOR, saved->data());
  CHECK(free_map_open(root_volume), "the repaired free map was refused");
  CHECK(free_map_free_count(root_volume) == free_before, "the free map changed");
  msg("repaired");
}

void test_fs_corrupt(void) {
  CHECK(filesys_mounted(), "no file system: run with --fs-disk and -f");
  sector_buffer saved, junk;
  CHECK(saved.ok() && junk.ok(), "out of memory");
  block_sector_t victim = make_file("victim");
  test_root_inode(&saved, &junk);
  test_bad_pointer(victim, &saved, &junk);
  test_bad_magic(&junk);
  test_bad_entry(&saved, &junk);
  test_free_map(&saved, &junk);
  pass();
}

}  // namespace

KERNEL_TEST("unit-fs-corrupt", test_fs_corrupt);
