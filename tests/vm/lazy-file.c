/* tests/vm/lazy-file.c -- file mappings load lazily: a page has a frame
 * only once touched (checked with the frame-identity test interrupt). */
#include <string.h>

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/large.h"
#include "tests/vm/loaded.h"

#define PAGES 6 /* LARGE_SIZE spans 6 pages */

void test_main(void) {
  char *actual = (char *)0x10000000;
  int fd;

  make_large_file();
  CHECK((fd = open("large.txt")) > 1, "open \"large.txt\" again");
  CHECK(mmap(actual, LARGE_SIZE, 0, fd, 0) != MAP_FAILED, "mmap \"large.txt\"");
  expect_loaded(actual, PAGES, 0);
  msg("no page is loaded before it is touched");

  CHECK(!memcmp(actual, large_data, 4096), "read page 0");
  expect_loaded(actual, PAGES, 1 << 0);
  CHECK(!memcmp(actual + 3 * 4096, large_data + 3 * 4096, 4096), "read page 3");
  expect_loaded(actual, PAGES, 1 << 0 | 1 << 3);
  msg("only the touched pages are loaded");

  CHECK(!memcmp(actual, large_data, LARGE_SIZE), "read the whole mapping");
}
