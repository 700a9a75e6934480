/* tests/vm/lazy-file.c -- file-backed pages are loaded lazily: small.txt
 * (10,016 bytes, three pages) is mapped, no page has a frame before it is
 * read, and after each page is read exactly the pages read so far have
 * one. */
#include <stdint.h>
#include <string.h>
#include <syscall.h>

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/small.inc"

#define PAGE_SIZE 4096
#define ROUND_UP_PAGE(x) (((x) + PAGE_SIZE - 1) / PAGE_SIZE * PAGE_SIZE)

static bool loaded(void *addr) { return get_phys_addr(addr) != 0; }

void test_main(void) {
  char *map_at = (char *)0x10000000;
  int fd;
  void *map;

  CHECK((fd = open("small.txt")) > 1, "open \"small.txt\"");
  size_t size = sizeof small;
  msg("sizeof small: %zu", size);
  msg("page aligned size of small: %zu", (size_t)ROUND_UP_PAGE(size));
  CHECK((map = mmap(map_at, ROUND_UP_PAGE(size), 0, fd, 0)) != MAP_FAILED, "mmap \"small.txt\"");
  size_t pages = ROUND_UP_PAGE(size) / PAGE_SIZE;

  msg("initial pages status");
  for (size_t p = 0; p < pages; p++)
    CHECK(!loaded(&map_at[p * PAGE_SIZE]), "check if page is not loaded");

  msg("load pages (%zu)", pages);
  for (size_t read_up_to = 0; read_up_to < pages; read_up_to++) {
    msg("load page [%zu]", read_up_to);
    if (memcmp(map_at + read_up_to * PAGE_SIZE, small + read_up_to * PAGE_SIZE, 10) != 0)
      fail("read of mmap'd file reported bad data");
    for (size_t p = 0; p < pages; p++) {
      if (p <= read_up_to)
        CHECK(loaded(&map_at[p * PAGE_SIZE]), "check if page is loaded");
      else
        CHECK(!loaded(&map_at[p * PAGE_SIZE]), "check if page is not loaded");
    }
  }
  munmap(map);
  close(fd);
}
