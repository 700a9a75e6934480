/* tests/vm/swap-iter.c -- anonymous and file-backed pages together under
 * memory pressure: one byte into each page of a 20 MB BSS array (10 MB of
 * RAM), then large.txt (2 MB) is mapped and compared, every anonymous page
 * checked, and the mapping compared again. */
#include <string.h>
#include <syscall.h>

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/large.inc"

#define PAGE_SIZE 4096
#define CHUNK_SIZE (20 * 1024 * 1024)
#define PAGES (CHUNK_SIZE / PAGE_SIZE)

static char chunk[CHUNK_SIZE];

void test_main(void) {
  char *map_at = (char *)0x10000000;
  int fd;
  void *map;

  for (size_t p = 0; p < PAGES; p++) {
    if (p % 512 == 0) msg("write sparsely over page %zu", p);
    chunk[p * PAGE_SIZE] = (char)p;
  }

  CHECK((fd = open("large.txt")) > 1, "open \"large.txt\"");
  CHECK((map = mmap(map_at, sizeof large, 0, fd, 0)) != MAP_FAILED, "mmap \"large.txt\"");
  if (memcmp(map_at, large, strlen(large)) != 0) fail("read of mmap'd file reported bad data");

  for (size_t p = 0; p < PAGES; p++) {
    if (chunk[p * PAGE_SIZE] != (char)p) fail("data is inconsistent");
    if (p % 512 == 0) msg("check consistency in page %zu", p);
  }

  if (memcmp(map_at, large, strlen(large)) != 0) fail("read of mmap'd file reported bad data");
  munmap(map);
  close(fd);
}
