/* tests/vm/child-swap.c -- run by swap-fork: one byte into each page of a
 * 1 MB BSS array, then each is checked; exits 0 (before test_main's "end"
 * line) if all are intact. */
#include <syscall.h>

#include "tests/lib.h"
#include "tests/main.h"

#define PAGE_SIZE 4096
#define CHUNK_SIZE (1024 * 1024)
#define PAGES (CHUNK_SIZE / PAGE_SIZE)

static char chunk[CHUNK_SIZE];

void test_main(void) {
  for (size_t p = 0; p < PAGES; p++) chunk[p * PAGE_SIZE] = (char)p;
  for (size_t p = 0; p < PAGES; p++)
    if (chunk[p * PAGE_SIZE] != (char)p) fail("data is inconsistent");
  exit(0);
}
