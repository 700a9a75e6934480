/* tests/unit/unit-fs-sync.cc -- several threads using the file system at once.
 *
 * Four writers fill disjoint 48 kB regions of one shared file in unaligned
 * 1000-byte pieces, each starting past the current end of file (so they
 * race to grow it), while two readers keep reading it and checking that
 * every byte is either still zero or already the writer's final value, and
 * every thread also creates, writes and removes files of its own (racing
 * on the directory and the free map).  At the end the shared file must be
 * complete and every other sector free again. */
#include <stdio.h>
#include <string.h>

#include "filesys/file.h"
#include "filesys/volume.h"
#include "filesys/filesys.h"
#include "filesys/free-map.h"
#include "kernel/malloc.h"
#include "kernel/synch.h"
#include "kernel/thread.h"
#include "tests/kernel/ktest.h"

namespace {

#define CHECK(COND, ...) \
  do {                   \
    if (!(COND)) fail(__VA_ARGS__); \
  } while (0)

constexpr int WRITERS = 4;
constexpr int READERS = 2;
constexpr off_t REGION = 48 * 1024;
constexpr off_t PIECE = 1000;
constexpr off_t FILE_SIZE = WRITERS * REGION;

semaphore done;          /* Upped by each thread as it finishes. */
volatile bool writers_done;

uint8_t pattern(off_t ofs) { return (uint8_t)(ofs % 251 + 1); } /* never 0 */

/* Creates, fills, checks and removes a private file; repeated. */
void private_files(int id, int round) {
  char name[16];
  snprintf(name, sizeof name, "p%d-%d", id, round);
  CHECK(filesys_create(nullptr, name, 0), "create %s", name);
  file *f = filesys_open(nullptr, name);
  CHECK(f != nullptr, "open %s", name);
  char text[32];
  int len = snprintf(text, sizeof text, "thread %d round %d", id, round);
  CHECK(file_write(f, text, len) == len, "write %s", name);
  char back[32];
  CHECK(file_read_at(f, back, sizeof back, 0) == len && memcmp(back, text, len) == 0,
        "read %s back", name);
  CHECK(filesys_remove(nullptr, name), "remove %s", name);
  file_close(f);
}

void writer(void *aux) {
  int id = (int)(intptr_t)aux;
  file *f = filesys_open(nullptr, "shared");
  CHECK(f != nullptr, "writer %d: open", id);
  uint8_t *buf = static_cast<uint8_t *>(malloc(PIECE));
  CHECK(buf != nullptr, "out of memory");
  /* Start from the end of the region, so that most writes grow the file. */
  for (off_t end = REGION, round = 0; end > 0; end -= PIECE, round++) {
    off_t start = end > PIECE ? end - PIECE : 0;
    off_t ofs = id * REGION + start;
    for (off_t i = 0; i < end - start; i++) buf[i] = pattern(ofs + i);
    CHECK(file_write_at(f, buf, end - start, ofs) == end - start, "writer %d at %d", id, ofs);
    if (round % 8 == 0) private_files(id, (int)round);
    thread_yield();
  }
  free(buf);
  file_close(f);
  sema_up(&done);
}

void reader(void *aux) {
  int id = (int)(intptr_t)aux;
  file *f = filesys_open(nullptr, "shared");
  CHECK(f != nullptr, "reader %d: open", id);
  uint8_t *buf = static_cast<uint8_t *>(malloc(4096));
  CHECK(buf != nullptr, "out of memory");
  int round = 0;
  while (!writers_done) {
    off_t ofs = (off_t)((round * 7919 + id * 4001) % FILE_SIZE);
    off_t n = file_read_at(f, buf, 4096, ofs);
    for (off_t i = 0; i < n; i++)
      CHECK(buf[i] == 0 || buf[i] == pattern(ofs + i), "reader %d: byte %d is %d", id,
            ofs + i, buf[i]);
    if (round % 16 == 0) private_files(WRITERS + id, round);
    round++;
    thread_yield();
  }
  free(buf);
  file_close(f);
  sema_up(&done);
}

void test_fs_sync(void) {
  CHECK(filesys_mounted(), "no file system");
  sema_init(&done, 0);
  size_t free_before = free_map_free_count(root_volume);
  CHECK(filesys_create(nullptr, "shared", 0), "create shared");

  for (int i = 0; i < READERS; i++)
    thread_create("reader", PRI_DEFAULT, reader, (void *)(intptr_t)i);
  for (int i = 0; i < WRITERS; i++)
    thread_create("writer", PRI_DEFAULT, writer, (void *)(intptr_t)i);
  for (int i = 0; i < WRITERS; i++) sema_down(&done);
  writers_done = true;
  for (int i = 0; i < READERS; i++) sema_down(&done);
  msg("%d writers and %d readers finished", WRITERS, READERS);

  file *f = filesys_open(nullptr, "shared");
  CHECK(f != nullptr && file_length(f) == FILE_SIZE, "shared has the wrong length");
  uint8_t *buf = static_cast<uint8_t *>(malloc(4096));
  CHECK(buf != nullptr, "out of memory");
  for (off_t ofs = 0; ofs < FILE_SIZE; ofs += 4096) {
    CHECK(file_read_at(f, buf, 4096, ofs) == 4096, "short read at %d", ofs);
    for (off_t i = 0; i < 4096; i++)
      CHECK(buf[i] == pattern(ofs + i), "byte %d is wrong", ofs + i);
  }
  free(buf);
  file_close(f);
  msg("the shared file is complete");

  CHECK(filesys_remove(nullptr, "shared"), "remove shared");
  CHECK(free_map_free_count(root_volume) == free_before, "%zu sectors free, %zu before",
        free_map_free_count(root_volume), free_before);
  msg("every sector is free again");
  pass();
}

}  // namespace

KERNEL_TEST("unit-fs-sync", test_fs_sync);
