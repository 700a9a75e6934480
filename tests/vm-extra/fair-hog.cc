/* tests/vm-extra/fair-hog.cc -- the hog of swap-fair: rewrites 4 MiB of
 * its own memory HOG_PASSES times (one byte per page, so every page is
 * dirty and each eviction writes it to swap), then exits with 0.  Prints
 * nothing. */
#include <stddef.h>

#define HOG_PAGES 1024 /* 4 MiB */
#define HOG_PASSES 30

alignas(4096) static volatile char mem[HOG_PAGES][4096];

int main(void) {
  for (int pass = 1; pass <= HOG_PASSES; pass++)
    for (size_t p = 0; p < HOG_PAGES; p++) mem[p][0] = (char)pass;
  return 0;
}
