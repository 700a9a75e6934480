/* tests/vm/swap-fork.c -- four forked children each fill and check 8 MB
 * of memory at once (32 MB in 20 MB of RAM), so pages of several
 * processes share the swap disk. */
#include "tests/lib.h"
#include "tests/main.h"

#define CHILD_CNT 4
#define PAGE_SIZE 4096
#define SIZE (8 * 1024 * 1024)

static char big_chunks[SIZE];

/* Fills every page with a pattern of child I, twice checked. */
static int child_work(int child) {
  for (size_t i = 0; i < SIZE; i += PAGE_SIZE) big_chunks[i] = (char)(i / PAGE_SIZE + child);
  for (int round = 0; round < 2; round++)
    for (size_t i = 0; i < SIZE; i += PAGE_SIZE)
      if (big_chunks[i] != (char)(i / PAGE_SIZE + child)) return -2;
  return child + 10;
}

void test_main(void) {
  pid_t children[CHILD_CNT];
  for (int i = 0; i < CHILD_CNT; i++) {
    children[i] = fork("swap-child");
    if (children[i] == 0) exit(child_work(i));
    CHECK(children[i] != PID_ERROR, "fork child %d", i);
  }
  for (int i = 0; i < CHILD_CNT; i++)
    CHECK(wait(children[i]) == i + 10, "wait for child %d", i);
}
