/* tests/vm/loaded.h -- which pages have a frame, for the lazy-* tests.
 *
 * expect_loaded(BASE, PAGES, MASK) fails unless, of the PAGES pages from
 * BASE, exactly those whose bit is set in MASK have a frame (asked with the
 * frame-identity test interrupt, get_phys_addr()). */
#ifndef TESTS_VM_LOADED_H
#define TESTS_VM_LOADED_H

#include "tests/lib.h"

static inline void expect_loaded(char *base, int pages, int mask) {
  for (int page = 0; page < pages; page++) {
    bool loaded = (uintptr_t)get_phys_addr(base + page * 4096) != 0;
    bool expected = mask & (1 << page);
    if (loaded != expected) fail("page %d is %s", page, loaded ? "loaded too early" : "not loaded");
  }
}

#endif /* TESTS_VM_LOADED_H */
