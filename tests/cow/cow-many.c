/* tests/cow/cow-many.c -- many children share one frame.
 *
 * The parent fills two pages and forks CHILDREN children; right after the
 * fork each child's pages share the parent's frames.  The children then
 * exit one at a time, in a pseudo-random order (fixed seed), so that the
 * frames' owners go away in an order unlike the order they came in.  Some
 * children write page 0 early (while all their siblings still run), some
 * only when their turn to exit comes, some never; a writer gets a frame of
 * its own, a reader keeps sharing.  Nobody but the parent, at the very
 * end, writes page 1, shared by every process until then.
 *
 * A child waits for its turn reading a one-byte file "turn" (through the
 * descriptor inherited from the parent, with its own position) until it
 * holds the child's number plus one; only the child whose turn it is
 * prints, so the output is the same on every run. */
#include <random.h>
#include <stdio.h>
#include <string.h>

#include "tests/cow/pattern.h"
#include "tests/lib.h"
#include "tests/main.h"

#define CHILDREN 8
#define PAGES 2
#define SEED 1

/* Values of the "turn" file besides child numbers plus one. */
#define NOBODY 0
#define EVERYBODY 0x7f /* the parent failed: every child exits at once */

static char pages[PAGES][4096] __attribute__((aligned(4096)));
static unsigned long parent_frames[PAGES];

/* What child K does with page 0. */
enum kind { READS, WRITES_EARLY, WRITES_ON_TURN };
static const char *const kind_names[] = {"only reads page 0", "writes page 0 early",
                                         "writes page 0 on its turn"};
static enum kind kinds[CHILDREN];

static int exit_order[CHILDREN];
static char names[CHILDREN][16];
static int turn_fd;

static void set_turn(char turn) {
  seek(turn_fd, 0);
  if (write(turn_fd, &turn, 1) != 1) fail("write \"turn\" failed");
}

static void wait_turn(int k) {
  for (;;) {
    char turn = NOBODY;
    seek(turn_fd, 0);
    if (read(turn_fd, &turn, 1) == 1) {
      if (turn == k + 1) return;
      if (turn == EVERYBODY) exit(1);
    }
  }
}

static void child(int k) {
  test_name = names[k];
  bool shared = (uintptr_t)get_phys_addr(pages[0]) == parent_frames[0]
                && (uintptr_t)get_phys_addr(pages[1]) == parent_frames[1];
  bool parents_data = page_holds(pages[0], 1, 0) && page_holds(pages[1], 1, 1);
  unsigned long frame = 0;
  if (kinds[k] == WRITES_EARLY) {
    fill_page(pages[0], 10 + k, 0);
    frame = (uintptr_t)get_phys_addr(pages[0]);
  }

  wait_turn(k);
  CHECK(shared, "its pages shared the parent's frames at fork");
  CHECK(parents_data, "its pages held the parent's data");
  if (kinds[k] == READS) {
    CHECK((uintptr_t)get_phys_addr(pages[0]) == parent_frames[0],
          "page 0 (only read) still shares the parent's frame");
    expect_page(pages[0], 1, 0);
    msg("page 0 still holds the parent's data");
  } else {
    if (kinds[k] == WRITES_ON_TURN) {
      fill_page(pages[0], 10 + k, 0);
      frame = (uintptr_t)get_phys_addr(pages[0]);
    }
    CHECK(frame != 0 && frame != parent_frames[0],
          "its write to page 0 gave it a frame of its own");
    expect_page(pages[0], 10 + k, 0);
    msg("page 0 holds its own data");
  }
  CHECK((uintptr_t)get_phys_addr(pages[1]) == parent_frames[1], "page 1 still shares the parent's frame");
  expect_page(pages[1], 1, 1);
  msg("page 1 still holds the parent's data");
  exit(10 + k);
}

void test_main(void) {
  /* The plan, the same on every run. */
  random_init(SEED);
  for (int k = 0; k < CHILDREN; k++) exit_order[k] = k;
  shuffle(exit_order, CHILDREN, sizeof exit_order[0]);
  for (int k = 0; k < CHILDREN; k++) kinds[k] = (enum kind)(random_ulong() % 3);
  for (int k = 0; k < CHILDREN; k++) snprintf(names[k], sizeof names[k], "child%d", k);
  char line[128];
  size_t len = 0;
  for (int i = 0; i < CHILDREN; i++)
    len += snprintf(line + len, sizeof line - len, " %s", names[exit_order[i]]);
  msg("exit order:%s", line);
  for (int k = 0; k < CHILDREN; k++) msg("%s %s", names[k], kind_names[kinds[k]]);

  for (int p = 0; p < PAGES; p++) fill_page(pages[p], 1, p);
  for (int p = 0; p < PAGES; p++) parent_frames[p] = (uintptr_t)get_phys_addr(pages[p]);
  CHECK(parent_frames[0] != 0 && parent_frames[1] != 0, "fill %d pages", PAGES);
  CHECK(create("turn", 1), "create \"turn\"");
  CHECK((turn_fd = open("turn")) > 1, "open \"turn\"");

  /* The children print nothing before their turn. */
  pid_t pids[CHILDREN];
  for (int k = 0; k < CHILDREN; k++) {
    pids[k] = fork(names[k]);
    if (pids[k] == 0) child(k);
    if (pids[k] == PID_ERROR) {
      set_turn(EVERYBODY);
      fail("fork %s returned %d", names[k], pids[k]);
    }
  }
  msg("fork %d children", CHILDREN);

  for (int i = 0; i < CHILDREN; i++) {
    int k = exit_order[i];
    msg("let %s exit", names[k]);
    set_turn((char)(k + 1));
    int status = wait(pids[k]);
    if (status != 10 + k) set_turn(EVERYBODY);
    CHECK(status == 10 + k, "%s exited with status %d", names[k], status);
  }

  expect_page(pages[0], 1, 0);
  expect_page(pages[1], 1, 1);
  msg("the parent's pages hold its own data");
  CHECK((uintptr_t)get_phys_addr(pages[0]) == parent_frames[0] && (uintptr_t)get_phys_addr(pages[1]) == parent_frames[1],
        "the parent kept its frames");
  fill_page(pages[0], 2, 0);
  fill_page(pages[1], 2, 1);
  CHECK((uintptr_t)get_phys_addr(pages[0]) == parent_frames[0] && (uintptr_t)get_phys_addr(pages[1]) == parent_frames[1],
        "write both pages, no longer shared: same frames");
  close(turn_fd);
}
