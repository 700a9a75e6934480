/* tests/unit/unit-fs-cache.cc -- the buffer cache (filesys/cache.h).
 *
 * Works on sectors taken from the free map of a freshly formatted disk, so
 * the file system around them stays intact, and checks that:
 *   1. a sector written through the cache reads back, whole and in part,
 *      and is on the disk after cache_flush(nullptr) (read raw with block_read);
 *   2. a cached sector is read from the disk once: a second read leaves
 *      the disk's read counter alone;
 *   3. writing three times as many sectors as the cache holds evicts dirty
 *      entries (written back) and every sector still reads back intact,
 *      from the cache and raw from the disk; and consecutive dirty sectors
 *      went back in runs (at most a quarter as many disk write commands as
 *      sectors written: a run is up to a page, 8 sectors);
 *   4. threads writing disjoint bytes of shared sectors while evicting
 *      each other's entries lose no update. */
#include <string.h>

#include "devices/block.h"
#include "filesys/cache.h"
#include "filesys/volume.h"
#include "filesys/filesys.h"
#include "filesys/free-map.h"
#include "filesys/sector-buffer.h"
#include "kernel/synch.h"
#include "kernel/thread.h"
#include "tests/kernel/ktest.h"

namespace {

#define CHECK(COND, ...) \
  do {                   \
    if (!(COND)) fail(__VA_ARGS__); \
  } while (0)

constexpr size_t SECTOR_CNT = 3 * CACHE_SIZE; /* Sectors the test uses. */
block_sector_t first;                         /* The first of them. */

/* The byte at OFS of test sector S (S counted from FIRST) in version V. */
uint8_t pattern(size_t s, size_t ofs, int v) { return (uint8_t)(s * 31 + ofs * 7 + v); }

void fill(uint8_t *buf, size_t s, int v) {
  for (size_t i = 0; i < BLOCK_SECTOR_SIZE; i++) buf[i] = pattern(s, i, v);
}

bool matches(const uint8_t *buf, size_t s, int v) {
  for (size_t i = 0; i < BLOCK_SECTOR_SIZE; i++)
    if (buf[i] != pattern(s, i, v)) return false;
  return true;
}

void test_read_back(sector_buffer *buf) {
  fill(buf->data(), 0, 1);
  CHECK(cache_write(root_volume->disk, first, buf->data()), "write");
  memset(buf->data(), 0, BLOCK_SECTOR_SIZE);
  CHECK(cache_read(root_volume->disk, first, buf->data()) && matches(buf->data(), 0, 1), "read back");

  uint8_t part[40];
  memset(part, 0xee, sizeof part);
  CHECK(cache_write_at(root_volume->disk, first, part, 100, sizeof part), "partial write");
  memset(part, 0, sizeof part);
  CHECK(cache_read_at(root_volume->disk, first, part, 98, 4), "partial read");
  CHECK(part[0] == pattern(0, 98, 1) && part[1] == pattern(0, 99, 1) && part[2] == 0xee &&
            part[3] == 0xee,
        "partial read got %02x %02x %02x %02x", part[0], part[1], part[2], part[3]);

  CHECK(cache_flush(nullptr), "flush");
  memset(buf->data(), 0, BLOCK_SECTOR_SIZE);
  CHECK(block_read(root_volume->disk, first, buf->data()), "raw read");
  for (size_t i = 0; i < BLOCK_SECTOR_SIZE; i++) {
    uint8_t want = i >= 100 && i < 140 ? 0xee : pattern(0, i, 1);
    CHECK(buf->data()[i] == want, "byte %zu on disk is %02x, not %02x", i, buf->data()[i],
          want);
  }
  msg("written data reads back and is on disk after a flush");
}

void test_hit_reads_no_disk(sector_buffer *buf) {
  block_sector_t s = first + 1;
  CHECK(block_write(root_volume->disk, s, buf->data()), "raw write"); /* Not cached yet. */
  uint64_t before = block_read_count(root_volume->disk);
  CHECK(cache_read(root_volume->disk, s, buf->data()), "first read");
  uint64_t after_miss = block_read_count(root_volume->disk);
  CHECK(after_miss == before + 1, "a miss read %llu sectors",
        (unsigned long long)(after_miss - before));
  CHECK(cache_read(root_volume->disk, s, buf->data()), "second read");
  CHECK(cache_read_at(root_volume->disk, s, buf->data(), 10, 20), "partial read");
  CHECK(block_read_count(root_volume->disk) == after_miss, "a hit read the disk");
  msg("a second read of a sector does not reach the disk");
}

void test_eviction(sector_buffer *buf) {
  CHECK(cache_flush(nullptr), "flush");
  uint64_t write_backs = cache_get_stats().write_backs;
  uint64_t commands = block_write_command_count(root_volume->disk);
  for (size_t s = 0; s < SECTOR_CNT; s++) {
    fill(buf->data(), s, 2);
    CHECK(cache_write(root_volume->disk, first + s, buf->data()), "write sector %zu", s);
  }
  CHECK(cache_get_stats().write_backs >= write_backs + SECTOR_CNT - CACHE_SIZE,
        "evicting dirty sectors wrote too few back");
  for (size_t s = 0; s < SECTOR_CNT; s++)
    CHECK(cache_read(root_volume->disk, first + s, buf->data()) && matches(buf->data(), s, 2),
          "sector %zu changed after eviction", s);
  CHECK(cache_flush(nullptr), "flush");
  uint64_t sectors = cache_get_stats().write_backs - write_backs;
  commands = block_write_command_count(root_volume->disk) - commands;
  CHECK(commands * 4 <= sectors, "%llu dirty sectors went to disk in %llu write commands",
        (unsigned long long)sectors, (unsigned long long)commands);
  for (size_t s = 0; s < SECTOR_CNT; s++)
    CHECK(block_read(root_volume->disk, first + s, buf->data()) && matches(buf->data(), s, 2),
          "sector %zu is wrong on disk", s);
  msg("%zu sectors through a %zu-entry cache stay intact", SECTOR_CNT, CACHE_SIZE);
  msg("consecutive dirty sectors go to disk in runs of up to a page");
}

/* Part 4: each thread owns bytes [ID * SLICE, (ID + 1) * SLICE) of every
 * shared sector and sectors SHARED + ID * OWN .. of its own for eviction. */
constexpr int THREADS = 4;
constexpr size_t SHARED = 8;
constexpr size_t SLICE = BLOCK_SECTOR_SIZE / THREADS;
constexpr size_t OWN = (SECTOR_CNT - SHARED) / THREADS;
constexpr int ROUNDS = 6;
semaphore done;

void hammer(void *aux) {
  size_t id = (size_t)(intptr_t)aux;
  uint8_t slice[SLICE];
  for (int round = 0; round < ROUNDS; round++) {
    for (size_t s = 0; s < SHARED; s++) {
      for (size_t i = 0; i < SLICE; i++) slice[i] = pattern(s, id * SLICE + i, round);
      CHECK(cache_write_at(root_volume->disk, first + s, slice, id * SLICE, SLICE), "thread %zu: write", id);
    }
    for (size_t k = 0; k < OWN; k++) {
      size_t s = SHARED + id * OWN + k;
      for (size_t i = 0; i < SLICE; i++) slice[i] = pattern(s, i, round);
      CHECK(cache_write_at(root_volume->disk, first + s, slice, 0, SLICE), "thread %zu: evict", id);
    }
    thread_yield();
  }
  sema_up(&done);
}

void test_concurrent(sector_buffer *buf) {
  sema_init(&done, 0);
  for (int t = 0; t < THREADS; t++)
    thread_create("hammer", PRI_DEFAULT, hammer, (void *)(intptr_t)t);
  for (int t = 0; t < THREADS; t++) sema_down(&done);
  for (size_t s = 0; s < SHARED; s++)
    CHECK(cache_read(root_volume->disk, first + s, buf->data()) && matches(buf->data(), s, ROUNDS - 1),
          "shared sector %zu lost an update", s);
  msg("%d threads sharing sectors lost no update", THREADS);
}

void test_fs_cache(void) {
  CHECK(filesys_mounted(), "no file system: run with --fs-disk and -f");
  CHECK(free_map_allocate(root_volume, SECTOR_CNT, &first), "no %zu free sectors", SECTOR_CNT);
  sector_buffer buf;
  CHECK(buf.ok(), "out of memory");
  test_read_back(&buf);
  test_hit_reads_no_disk(&buf);
  test_eviction(&buf);
  test_concurrent(&buf);
  free_map_release(root_volume, first, SECTOR_CNT);
  pass();
}

}  // namespace

KERNEL_TEST("unit-fs-cache", test_fs_cache);
