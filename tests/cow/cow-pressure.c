/* tests/cow/cow-pressure.c -- fork under memory pressure.
 *
 * The parent fills 6 MB of anonymous pages in a machine with 10 MB of RAM
 * (-m 10, about 4 MB of user frames), then forks two children that run
 * side by side with it.  Frames shared by all three processes must be
 * evicted to swap and brought back, for whichever process touches them
 * first, without mixing up anyone's data.  Child I reads every page,
 * writes the pages whose number is I modulo 4, and reads every page again;
 * the parent reads every page while the children run and once more after
 * they are gone, then writes the pages numbered 2 modulo 4 and reads
 * everything a last time.
 *
 * The children print nothing unless they fail (they run at the same time,
 * so their lines would come in any order); their exit lines may come in
 * either order. */
#include "tests/cow/pattern.h"
#include "tests/lib.h"
#include "tests/main.h"

#define PAGES 1536 /* 6 MB */
#define CHILDREN 2

static char mem[PAGES][4096] __attribute__((aligned(4096)));

static const char *const names[CHILDREN] = {"child-a", "child-b"};

/* Child I's tag for the pages it writes, and the parent's. */
static unsigned child_tag(int i) { return 10 + i; }
#define PARENT_TAG 1
#define PARENT_LATE_TAG 2

static void child(int i) {
  test_name = names[i];
  for (size_t p = 0; p < PAGES; p++) expect_page(mem[p], PARENT_TAG, p);
  for (size_t p = i; p < PAGES; p += 4) fill_page(mem[p], child_tag(i), p);
  for (size_t p = PAGES; p-- > 0;)
    expect_page(mem[p], p % 4 == (size_t)i ? child_tag(i) : PARENT_TAG, p);
  exit(20 + i);
}

void test_main(void) {
  for (size_t p = 0; p < PAGES; p++) fill_page(mem[p], PARENT_TAG, p);
  msg("fill %d pages (6 MB)", PAGES);

  msg("fork %d children", CHILDREN);
  pid_t pids[CHILDREN];
  for (int i = 0; i < CHILDREN; i++) {
    pids[i] = fork(names[i]);
    if (pids[i] == 0) child(i);
    if (pids[i] == PID_ERROR) fail("fork %s returned %d", names[i], pids[i]);
  }

  /* While the children run. */
  for (size_t p = 0; p < PAGES; p++) expect_page(mem[p], PARENT_TAG, p);

  int status[CHILDREN];
  for (int i = 0; i < CHILDREN; i++) status[i] = wait(pids[i]);
  for (int i = 0; i < CHILDREN; i++)
    CHECK(status[i] == 20 + i, "%s exited with status %d", names[i], status[i]);
  msg("the parent read its %d pages while the children ran", PAGES);

  for (size_t p = 0; p < PAGES; p++) expect_page(mem[p], PARENT_TAG, p);
  msg("the parent's pages hold its own data");
  for (size_t p = 2; p < PAGES; p += 4) fill_page(mem[p], PARENT_LATE_TAG, p);
  for (size_t p = 0; p < PAGES; p++)
    expect_page(mem[p], p % 4 == 2 ? PARENT_LATE_TAG : PARENT_TAG, p);
  msg("write pages 2 modulo 4: the parent's pages hold its data");
}
