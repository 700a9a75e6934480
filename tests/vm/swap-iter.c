/* tests/vm/swap-iter.c -- three passes over 16 MB of anonymous memory
 * with 10 MB of RAM, each checking the previous pass and writing anew,
 * so every page goes out to swap and back several times. */
#include "tests/lib.h"
#include "tests/main.h"

#define PAGE_SIZE 4096
#define SIZE (16 * 1024 * 1024)
#define PAGE_COUNT (SIZE / PAGE_SIZE)

static char big_chunks[SIZE];

static char mark(size_t page, int pass) { return (char)(page * 7 + pass * 13 + 1); }

void test_main(void) {
  for (int pass = 0; pass < 3; pass++) {
    for (size_t i = 0; i < PAGE_COUNT; i++) {
      char *page = big_chunks + i * PAGE_SIZE;
      char expected = pass == 0 ? 0 : mark(i, pass - 1);
      if (page[0] != expected || page[PAGE_SIZE / 2] != expected)
        fail("pass %d: page %zu is inconsistent", pass, i);
      page[0] = page[PAGE_SIZE / 2] = mark(i, pass);
    }
    msg("pass %d done", pass);
  }
}
