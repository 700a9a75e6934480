/* tests/cow/cow-chain.c -- copy-on-write down a chain of forks.
 *
 * The root (generation 0) fills PAGES pages, then each generation G forks
 * generation G + 1, down to generation DEPTH.  Pages 2G and 2G + 1 belong
 * to generation G, which
 *   - writes page 2G before its fork (its descendants see that data),
 *   - writes page 2G again, and page 2G + 1, right after its fork, while
 *     its child runs (the descendants must not see those writes).
 * The last page is never written until the very end: every generation
 * shares the root's frame for it.
 *
 * A generation checks on entry that it sees exactly what its ancestors
 * wrote before their forks, in the very frames its parent had; that its
 * own first write of a page gives it a frame of its own (its ancestors
 * still share the page); and, after its child has exited, that it sees
 * its own writes and none of its descendants', and that the pages it never
 * wrote kept their frames.  At the end the root writes the common page,
 * no longer shared: it keeps its frame. */
#include <stdio.h>

#include "tests/cow/pattern.h"
#include "tests/lib.h"
#include "tests/main.h"

#define DEPTH 4                     /* generations below the root */
#define PAGES (2 * (DEPTH + 1) + 1) /* two per generation, one common */
#define COMMON (PAGES - 1)

static char pages[PAGES][4096] __attribute__((aligned(4096)));

/* The frames of the forking generation, set just before each fork. */
static unsigned long parent_frames[PAGES];

/* The frames a generation had on entry (the root: after filling). */
static unsigned long entry_frames[PAGES];

/* Process names, "gen1" ... "genDEPTH". */
static char names[DEPTH + 1][16];

/* Tags: every page starts with TAG_INIT. */
#define TAG_INIT 1
static unsigned tag_before(int g) { return 10 + g; } /* page 2G, before the fork */
static unsigned tag_over(int g) { return 20 + g; }   /* page 2G, after the fork */
static unsigned tag_after(int g) { return 30 + g; }  /* page 2G + 1, after the fork */

/* What page P holds for generation G: on entry (OWN false), or once it
 * has made all its writes (OWN true). */
static unsigned expected_tag(int g, int p, bool own) {
  if (own && p == 2 * g) return g < DEPTH ? tag_over(g) : tag_before(g);
  if (own && p == 2 * g + 1) return tag_after(g);
  if (p != COMMON && p % 2 == 0 && p / 2 < g) return tag_before(p / 2);
  return TAG_INIT;
}

static void expect_pages(int g, bool own) {
  for (int p = 0; p < PAGES; p++) expect_page(pages[p], expected_tag(g, p, own), p);
}

/* Writes page P with TAG; checks that the write gave generation G a frame
 * of its own (SHARED) or kept the frame it had. */
static void write_page(int g, int p, unsigned tag, bool shared) {
  unsigned long before = (uintptr_t)get_phys_addr(pages[p]);
  fill_page(pages[p], tag, p);
  unsigned long after = (uintptr_t)get_phys_addr(pages[p]);
  if (shared)
    CHECK(after != 0 && after != before, "write page %d: a frame of its own", p);
  else
    CHECK(after != 0 && after == before, "write page %d: same frame", p);
}

static NO_RETURN void generation(int g);

/* Generation G's life after its entry checks; returns only in the root. */
static void run(int g) {
  /* Before forking. */
  write_page(g, 2 * g, tag_before(g), g > 0);
  entry_frames[2 * g] = (uintptr_t)get_phys_addr(pages[2 * g]);
  if (g == DEPTH) {
    write_page(g, 2 * g + 1, tag_after(g), true);
    expect_pages(g, true);
    msg("pages hold the ancestors' data and its own");
    exit(g);
  }

  for (int p = 0; p < PAGES; p++) parent_frames[p] = (uintptr_t)get_phys_addr(pages[p]);
  snprintf(names[g + 1], sizeof names[g + 1], "gen%d", g + 1);
  msg("fork %s", names[g + 1]);
  pid_t pid = fork(names[g + 1]);
  if (pid == 0) generation(g + 1);
  if (pid == PID_ERROR) fail("fork returned %d", pid);

  /* While the child runs (it must not see these). */
  fill_page(pages[2 * g], tag_over(g), 2 * g);
  fill_page(pages[2 * g + 1], tag_after(g), 2 * g + 1);

  int status = wait(pid);
  CHECK(status == g + 1, "%s exited with status %d", names[g + 1], status);
  expect_pages(g, true);
  msg("pages hold its own writes and none of its descendants'");
  for (int p = 0; p < PAGES; p++)
    if (p / 2 != g && (uintptr_t)get_phys_addr(pages[p]) != entry_frames[p])
      fail("page %d changed frames, although this process never wrote it", p);
  msg("the pages it never wrote kept their frames");
}

static void generation(int g) {
  test_name = names[g];
  expect_pages(g, false);
  msg("pages hold what the ancestors wrote before their forks");
  for (int p = 0; p < PAGES; p++) {
    entry_frames[p] = (uintptr_t)get_phys_addr(pages[p]);
    if (entry_frames[p] != parent_frames[p]) fail("page %d does not share the parent's frame", p);
  }
  msg("every page shares the parent's frame");
  run(g);
  exit(g);
}

void test_main(void) {
  for (int p = 0; p < PAGES; p++) fill_page(pages[p], TAG_INIT, p);
  for (int p = 0; p < PAGES; p++) entry_frames[p] = (uintptr_t)get_phys_addr(pages[p]);
  msg("fill %d pages", PAGES);
  run(0);
  write_page(0, COMMON, 2, false);
  expect_page(pages[COMMON], 2, COMMON);
  msg("page %d holds the new data", COMMON);
}
