/* tests/vm-extra/swap-pages.cc -- the program of swap-dma and swap-pio:
 * 6 MiB of anonymous pages through about 3.5 MB of frames (-m 8), so most
 * pages go to swap and come back, several times.
 *
 * Every page gets a pattern of its own (tests/cow/pattern.h); the pages
 * are then checked backwards (the most recently evicted come back first,
 * some still in the swap layer's write-behind cluster, vm/swap.h), and
 * forwards again.  The checkers also read the swap disk's statistics: a
 * page must move in one disk command (devices/block.h), whether the disk
 * is driven by bus-master DMA (swap-dma) or PIO (swap-pio, -nodma). */
#include "tests/cow/pattern.h"
#include "tests/lib.h"
#include "tests/main.h"

#define PAGES 1536 /* 6 MiB */

alignas(4096) static char mem[PAGES][4096];

static void check_all(bool forwards) {
  for (size_t i = 0; i < PAGES; i++) {
    size_t p = forwards ? i : PAGES - 1 - i;
    if (!page_holds(mem[p], 1, p)) fail("page %zu lost its contents", p);
  }
}

void test_main(void) {
  for (size_t p = 0; p < PAGES; p++) fill_page(mem[p], 1, p);
  msg("filled %d pages", PAGES);
  check_all(false);
  msg("backwards: every page holds its pattern");
  check_all(true);
  msg("forwards: every page holds its pattern");
}
