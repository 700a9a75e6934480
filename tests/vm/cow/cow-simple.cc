/* tests/cow/cow-simple.cc -- the copy-on-write contract for one child.
 *
 * Right after fork() the child's pages share the parent's frames (same
 * frame identity, get_phys_addr()); the child's first write gives it a
 * frame of its own and leaves the parent's data and frame alone; a page
 * the child only read stays shared.  Once the child is gone the parent is
 * the frame's only owner, and its write keeps the frame. */
#include "tests/cow/pattern.h"
#include "tests/lib.h"
#include "tests/main.h"

#define PAGES 2

/* Page-aligned and alone on its pages. */
alignas(4096) static char buf[PAGES][4096];

/* The parent's frames, set before fork() so that the child inherits them. */
static unsigned long parent_frames[PAGES];

static void child(void) {
  test_name = "child";
  CHECK(get_phys_addr(buf[0]) == parent_frames[0] && get_phys_addr(buf[1]) == parent_frames[1],
        "both pages share the parent's frames");
  expect_page(buf[0], 1, 0);
  expect_page(buf[1], 1, 1);
  msg("both pages hold the parent's data");

  fill_page(buf[0], 2, 0);
  unsigned long frame = get_phys_addr(buf[0]);
  CHECK(frame != 0 && frame != parent_frames[0], "write page 0: it gets a frame of its own");
  expect_page(buf[0], 2, 0);
  msg("page 0 holds the child's data");
  CHECK(get_phys_addr(buf[1]) == parent_frames[1],
        "page 1 (only read) still shares the parent's frame");
  expect_page(buf[1], 1, 1);
  msg("page 1 still holds the parent's data");
  exit(42);
}

void test_main(void) {
  for (int p = 0; p < PAGES; p++) fill_page(buf[p], 1, p);
  for (int p = 0; p < PAGES; p++) parent_frames[p] = get_phys_addr(buf[p]);
  CHECK(parent_frames[0] != 0 && parent_frames[1] != 0 && parent_frames[0] != parent_frames[1],
        "fill 2 pages: each has a frame");

  int status = fork_and_wait("child", child);
  CHECK(status == 42, "child exited with status %d", status);
  expect_page(buf[0], 1, 0);
  expect_page(buf[1], 1, 1);
  msg("the parent's pages hold its own data");
  CHECK(get_phys_addr(buf[0]) == parent_frames[0] && get_phys_addr(buf[1]) == parent_frames[1],
        "the parent kept its frames");

  fill_page(buf[0], 3, 0);
  fill_page(buf[1], 3, 1);
  CHECK(get_phys_addr(buf[0]) == parent_frames[0] && get_phys_addr(buf[1]) == parent_frames[1],
        "write both pages, no longer shared: same frames");
  expect_page(buf[0], 3, 0);
  expect_page(buf[1], 3, 1);
  msg("both pages hold the new data");
}
