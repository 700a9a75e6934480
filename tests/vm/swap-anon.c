/* tests/vm/swap-anon.c -- anonymous pages go to swap and come back: one
 * byte is written into each page of a 20 MB BSS array (run with 10 MB of
 * RAM), then every page is checked. */
#include <stdint.h>
#include <syscall.h>

#include "tests/lib.h"
#include "tests/main.h"

#define PAGE_SIZE 4096
#define CHUNK_SIZE (20 * 1024 * 1024)
#define PAGES (CHUNK_SIZE / PAGE_SIZE)

static char chunk[CHUNK_SIZE];

void test_main(void) {
  for (size_t p = 0; p < PAGES; p++) {
    if (p % 512 == 0) msg("write sparsely over page %zu", p);
    chunk[p * PAGE_SIZE] = (char)p;
  }
  for (size_t p = 0; p < PAGES; p++) {
    if (chunk[p * PAGE_SIZE] != (char)p) fail("data is inconsistent");
    if (p % 512 == 0) msg("check consistency in page %zu", p);
  }
}
