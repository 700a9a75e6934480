/* tests/cow/pattern.h -- page contents for the copy-on-write tests.
 *
 * A page these tests check is filled whole with 64-bit words that name a
 * TAG (who wrote the page, and when), the page's INDEX and the word's
 * offset.  A page that lost data, a page swapped with another and a page
 * still holding another writer's data all show, and expect_page() says
 * which tag a wrong page holds.
 *
 * Fills and checks go through volatile pointers, so every write happens
 * where the program says (before the frame-identity interrupt that follows
 * it) and every check really reads memory. */
#ifndef TESTS_COW_PATTERN_H
#define TESTS_COW_PATTERN_H

#include <stddef.h>
#include <stdint.h>

/* The test library is C; its header may be the standard one, which does
 * not say so itself (this header is also included from C++). */
#ifdef __cplusplus
extern "C" {
#endif
#include "tests/lib.h"
#ifdef __cplusplus
}
#endif

#define COW_PAGE_SIZE 4096
#define COW_PAGE_WORDS (COW_PAGE_SIZE / sizeof(uint64_t))

/* Word WORD of page INDEX as writer TAG (nonzero, below 2^16) fills it. */
static inline uint64_t cow_word(unsigned tag, size_t index, size_t word) {
  return (uint64_t)tag << 48 | (uint64_t)(index & 0xffffffff) << 16 | word;
}

/* Fills the page at PAGE with TAG's pattern for page INDEX. */
static inline void fill_page(void *page, unsigned tag, size_t index) {
  volatile uint64_t *w = (volatile uint64_t *)page;
  for (size_t i = 0; i < COW_PAGE_WORDS; i++) w[i] = cow_word(tag, index, i);
}

/* True if the page at PAGE holds TAG's pattern for page INDEX. */
static inline bool page_holds(const void *page, unsigned tag, size_t index) {
  const volatile uint64_t *w = (const volatile uint64_t *)page;
  for (size_t i = 0; i < COW_PAGE_WORDS; i++)
    if (w[i] != cow_word(tag, index, i)) return false;
  return true;
}

/* Fails unless the page at PAGE holds TAG's pattern for page INDEX,
 * saying what it holds instead. */
static inline void expect_page(const void *page, unsigned tag, size_t index) {
  if (page_holds(page, tag, index)) return;
  uint64_t first = *(const volatile uint64_t *)page;
  unsigned got = (unsigned)(first >> 48);
  if (got != 0 && page_holds(page, got, index))
    fail("page %zu holds tag %u instead of tag %u", index, got, tag);
  fail("page %zu does not hold tag %u (first word %#llx)", index, tag,
       (unsigned long long)first);
}

/* Prints "fork NAME", forks a child called NAME that runs BODY (which
 * must exit), waits for it and returns its exit status. */
static inline int fork_and_wait(const char *name, void (*body)(void)) {
  msg("fork %s", name);
  pid_t pid = fork(name);
  if (pid == 0) body();
  if (pid == PID_ERROR) fail("fork returned %d", pid);
  return wait(pid);
}

#endif /* TESTS_COW_PATTERN_H */
