/* tests/bench/bench-swap.cc -- the cost of a page moving to and from swap.
 *
 *     bench-swap [PAGES]      (default 4096, at most 4096: 16 MiB)
 *
 * Run with less RAM than PAGES pages and a swap disk (run-bench: -m 12,
 * --swap-disk=32).  Two passes over a 16 MiB BSS array, each access timed
 * alone:
 *   1. a write to every page, in order: a first touch, which once the
 *      frames are gone evicts a page to swap first.  Only the last quarter
 *      of the pages counts (by then every frame is in use):
 *      swap-out-median, swap-out-mean.
 *   2. a read of every page, in order again: the first pages went to swap
 *      first, so each read brings a page back (and evicts another):
 *      swap-in-median, swap-in-mean.
 * run-bench adds the kernel's counts (the "VM:" line: swap-ins and
 * swap-outs; the swap disk's "hd1:1: ... in R + W commands" line) to show
 * the disk commands per swapped page. */
#include "tests/bench/bench.h"

#define MAX_PAGES 4096
#define PAGE_SIZE 4096

alignas(PAGE_SIZE) static char pages[MAX_PAGES][PAGE_SIZE];
static uint64_t samples[MAX_PAGES];

int main(int argc, char *argv[]) {
  report_tsc();
  int n = arg_int(argc, argv, 1, MAX_PAGES);
  if (n > MAX_PAGES || n < 8) bench_fail("between 8 and 4096 pages");
  for (int i = 0; i < n; i++) samples[i] = 0; /* resident before timing */
  report("rdtsc-overhead", rdtsc_overhead());

  for (int i = 0; i < n; i++) {
    volatile char *p = &pages[i][0];
    uint64_t t0 = rdtsc();
    *p = (char)i;
    samples[i] = rdtsc() - t0;
  }
  int from = n - n / 4;
  report("swap-out-mean", mean(samples + from, n - from));
  report("swap-out-median", median(samples + from, n - from));

  for (int i = 0; i < n; i++) {
    volatile char *p = &pages[i][0];
    uint64_t t0 = rdtsc();
    char c = *p;
    samples[i] = rdtsc() - t0;
    if (c != (char)i) bench_fail("a page came back from swap with other contents");
  }
  report("swap-in-mean", mean(samples, n));
  report("swap-in-median", median(samples, n));
  report_tsc();
  return 0;
}
