/* tests/vm/lazy-anon.c -- BSS pages get a frame only once touched
 * (checked with the frame-identity test interrupt). */
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/loaded.h"

#define PAGES 8

/* Page-aligned and alone on its pages. */
static char pages[PAGES][4096] __attribute__((aligned(4096)));

void test_main(void) {
  expect_loaded(pages[0], PAGES, 0);
  msg("no BSS page is loaded before it is touched");

  CHECK(*(volatile char *)&pages[2][100] == 0, "read page 2: zero");
  pages[5][4095] = 'x';
  msg("write page 5");
  expect_loaded(pages[0], PAGES, 1 << 2 | 1 << 5);
  msg("only the touched pages are loaded");

  for (int page = 0; page < PAGES; page++) {
    for (int i = 0; i < 4096; i++) {
      char expected = page == 5 && i == 4095 ? 'x' : 0;
      if (*(volatile char *)&pages[page][i] != expected) fail("page %d byte %d", page, i);
    }
  }
  msg("all pages read as zero (except the one written)");
}
