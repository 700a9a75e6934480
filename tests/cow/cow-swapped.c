/* tests/cow/cow-swapped.c -- fork while most of the parent's pages are
 * in swap.  8 MB of anonymous pages in a machine with 8 MB of RAM (-m 8):
 * the child must see every page as the parent left it, whether the page
 * was in a frame or in a swap slot at fork time; its writes to half of
 * them stay its own; the parent's data survives the child. */
#include "tests/cow/pattern.h"
#include "tests/lib.h"
#include "tests/main.h"

#define PAGES 2048 /* 8 MB */

static char mem[PAGES][4096] __attribute__((aligned(4096)));

static void child(void) {
  test_name = "child";
  for (size_t p = 0; p < PAGES; p++) expect_page(mem[p], 1, p);
  msg("all %d pages hold the parent's data", PAGES);
  for (size_t p = 1; p < PAGES; p += 2) fill_page(mem[p], 2, p);
  msg("write the odd pages");
  /* Backwards this time, so that the pages just written go out first. */
  for (size_t p = PAGES; p-- > 0;) expect_page(mem[p], p % 2 ? 2 : 1, p);
  msg("odd pages hold the child's data, even pages the parent's");
  exit(42);
}

void test_main(void) {
  for (size_t p = 0; p < PAGES; p++) fill_page(mem[p], 1, p);
  msg("fill %d pages (8 MB)", PAGES);

  int status = fork_and_wait("child", child);
  CHECK(status == 42, "child exited with status %d", status);
  for (size_t p = 0; p < PAGES; p++) expect_page(mem[p], 1, p);
  msg("the parent's %d pages hold its own data", PAGES);
}
