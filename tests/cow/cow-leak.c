/* tests/cow/cow-leak.c -- fork, run, exit and wait, many times over.
 *
 * Each of ITERATIONS children reads the pages it shares with the parent
 * (anonymous pages and a read-only file mapping), writes some of them,
 * touches pages the parent never touched and grows its stack; every tenth
 * child also forks a grandchild that does the same.  Between children the
 * parent writes one of its pages (no longer shared).  Nothing must be
 * left behind: the kernel's leak check at shutdown, which prints a FAIL
 * line for leaked frames, swap slots or open files, fails the test. */
#include <string.h>

#include "tests/cow/pattern.h"
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/userprog/sample.inc"

#define ITERATIONS 50
#define PAGES 16
#define MAP ((char *)0x10000000)
#define SAMPLE_LEN (sizeof sample - 1)

static char shared[PAGES][4096] __attribute__((aligned(4096))); /* present in the parent */
static char fresh[PAGES][4096] __attribute__((aligned(4096)));  /* never touched by the parent */

/* What each page of shared holds (in this process). */
static unsigned tags[PAGES];

/* Writes a byte in each of STACK_PAGES pages of stack. */
#define STACK_PAGES 4
static void __attribute__((noinline)) grow_stack(int i) {
  volatile char area[STACK_PAGES * 4096];
  for (size_t ofs = 0; ofs < sizeof area; ofs += 4096) area[ofs] = (char)i;
  for (size_t ofs = 0; ofs < sizeof area; ofs += 4096)
    if (area[ofs] != (char)i) fail("stack byte at offset %zu lost", ofs);
}

/* The work of a child (I < ITERATIONS) or grandchild (I >= ITERATIONS). */
static void work(int i) {
  for (size_t p = 0; p < PAGES; p++) expect_page(shared[p], tags[p], p);
  if (memcmp(MAP, sample, SAMPLE_LEN)) fail("the mapping does not hold \"sample.txt\"");
  for (int j = 0; j < 4; j++) {
    size_t p = (i + 5 * j) % PAGES;
    tags[p] = 1000 + i;
    fill_page(shared[p], tags[p], p);
    expect_page(shared[p], tags[p], p);
  }
  for (int j = 0; j < 3; j++) {
    size_t p = (3 * i + j) % PAGES;
    fill_page(fresh[p], 2000 + i, p);
    expect_page(fresh[p], 2000 + i, p);
  }
  grow_stack(i);
}

static void child(int i) {
  test_name = "leak-child";
  work(i);
  if (i % 10 == 9) {
    pid_t pid = fork("leak-grandchild");
    if (pid == 0) {
      test_name = "leak-grandchild";
      work(ITERATIONS + i);
      exit(7);
    }
    if (pid == PID_ERROR) fail("fork returned %d", pid);
    int status = wait(pid);
    if (status != 7) fail("leak-grandchild exited with status %d", status);
  }
  exit(i);
}

void test_main(void) {
  for (size_t p = 0; p < PAGES; p++) {
    tags[p] = 1;
    fill_page(shared[p], tags[p], p);
  }
  msg("fill %d pages", PAGES);
  int fd;
  CHECK((fd = open("sample.txt")) > 1, "open \"sample.txt\"");
  CHECK(mmap(MAP, 4096, 0, fd, 0) == MAP, "mmap \"sample.txt\" read-only");
  CHECK(!memcmp(MAP, sample, SAMPLE_LEN), "mapped page holds \"sample.txt\"");

  msg("fork, run and wait for %d children", ITERATIONS);
  for (int i = 0; i < ITERATIONS; i++) {
    pid_t pid = fork("leak-child");
    if (pid == 0) child(i);
    if (pid == PID_ERROR) fail("fork %d returned %d", i, pid);
    int status = wait(pid);
    if (status != i) fail("child %d exited with status %d", i, status);

    size_t p = i % PAGES;
    tags[p] = 100 + i;
    fill_page(shared[p], tags[p], p);
  }
  msg("every child exited with its number as its status");

  for (size_t p = 0; p < PAGES; p++) expect_page(shared[p], tags[p], p);
  msg("the parent's pages hold its own data");
  for (size_t p = 0; p < PAGES; p++)
    if ((uintptr_t)get_phys_addr(fresh[p]) != 0) fail("page %zu, which only children touched, is present", p);
  msg("the pages only the children touched are not present in the parent");
  CHECK(!memcmp(MAP, sample, SAMPLE_LEN), "mapped page still holds \"sample.txt\"");
  munmap(MAP);
  close(fd);
}
