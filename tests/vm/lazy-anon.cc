/* tests/vm/lazy-anon.cc -- BSS pages get a frame only once touched
 * (checked with the frame-identity test interrupt). */
#include "tests/lib.h"
#include "tests/main.h"

#define PAGES 8

/* Page-aligned and alone on its pages. */
alignas(4096) static char pages[PAGES][4096];

static void expect_loaded(int loaded_mask) {
  for (int page = 0; page < PAGES; page++) {
    bool loaded = get_phys_addr(pages[page]) != 0;
    bool expected = loaded_mask & (1 << page);
    if (loaded != expected)
      fail("page %d is %s", page, loaded ? "loaded too early" : "not loaded");
  }
}

void test_main(void) {
  expect_loaded(0);
  msg("no BSS page is loaded before it is touched");

  CHECK(pages[2][100] == 0, "read page 2: zero");
  pages[5][4095] = 'x';
  msg("write page 5");
  expect_loaded(1 << 2 | 1 << 5);
  msg("only the touched pages are loaded");

  for (int page = 0; page < PAGES; page++)
    for (int i = 0; i < 4096; i++)
      if (pages[page][i] != (page == 5 && i == 4095 ? 'x' : 0)) fail("page %d byte %d", page, i);
  msg("all pages read as zero (except the one written)");
}
