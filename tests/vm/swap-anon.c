/* tests/vm/swap-anon.c -- 16 MB of anonymous memory (BSS) in a machine
 * with 10 MB of RAM: pages must go to swap and come back intact. */
#include "tests/lib.h"
#include "tests/main.h"

#define PAGE_SIZE 4096
#define SIZE (16 * 1024 * 1024)
#define PAGE_COUNT (SIZE / PAGE_SIZE)

static char big_chunks[SIZE];

void test_main(void) {
  for (size_t i = 0; i < PAGE_COUNT; i++) {
    char *page = big_chunks + i * PAGE_SIZE;
    page[0] = (char)i;
    page[PAGE_SIZE - 1] = (char)(i >> 8);
  }
  msg("wrote %d pages", PAGE_COUNT);

  for (size_t i = 0; i < PAGE_COUNT; i++) {
    char *page = big_chunks + i * PAGE_SIZE;
    if (page[0] != (char)i || page[PAGE_SIZE - 1] != (char)(i >> 8) || page[1] != 0)
      fail("data in page %zu is inconsistent", i);
  }
  msg("read back %d pages", PAGE_COUNT);
}
