/* tests/vm/lazy-anon.c -- BSS pages are loaded lazily: none of the three
 * pages of a zero-initialised buffer has a frame before it is touched, and
 * after each page is written, exactly the pages written so far have one
 * (and hold what was written). */
#include <stdint.h>
#include <syscall.h>

#include "tests/lib.h"
#include "tests/main.h"

#define PAGE_SIZE 4096
#define PAGES 3

static char buf[PAGES * PAGE_SIZE];

/* Whether the page holding ADDR has a frame (get_phys_addr is 0 if not). */
static bool loaded(void *addr) { return get_phys_addr(addr) != 0; }

void test_main(void) {
  msg("initial pages status");
  for (size_t p = 0; p < PAGES; p++)
    CHECK(!loaded(&buf[p * PAGE_SIZE]), "check if page is not loaded");

  msg("load pages");
  for (size_t touched = 0; touched < PAGES; touched++) {
    msg("load page [%zu]", touched);
    buf[touched * PAGE_SIZE] = (char)touched;
    for (size_t p = 0; p < PAGES; p++) {
      if (p <= touched) {
        CHECK(loaded(&buf[p * PAGE_SIZE]), "check if page is loaded");
        CHECK(buf[p * PAGE_SIZE] == (char)p, "check memory content");
      } else {
        CHECK(!loaded(&buf[p * PAGE_SIZE]), "check if page is not loaded");
      }
    }
  }
}
