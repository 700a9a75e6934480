/* tests/bench/bench-fault.cc -- the cost of a first-touch page fault.
 *
 *     bench-fault N      (1 <= N <= 4096, default 256)
 *
 * Writes one byte to each of the first N pages of a 16 MiB BSS array, in
 * order, timing each write alone.  The array is lazy anonymous memory, so
 * each first write is a page fault that finds a frame and zeroes it; with
 * less RAM than the array (run-bench's memory-pressure runs) the fault must
 * also evict, writing an older page to swap.  Then writes every page again:
 * the cost of a write to a present page, the baseline.
 *
 * Prints pages, fault-median, fault-mean, retouch-median and
 * rdtsc-overhead (bench.h); the kernel's "VM:" shutdown line gives the
 * fault and eviction counts. */
#include "tests/bench/bench.h"

#define MAX_PAGES 4096
#define PAGE_SIZE 4096

/* Page-aligned and alone on its pages: the pages the benchmark faults in. */
alignas(PAGE_SIZE) static char pages[MAX_PAGES][PAGE_SIZE];

/* One sample per page; touched before timing starts, so that the samples'
 * own first-touch faults are not measured. */
static uint64_t samples[MAX_PAGES];

/* Writes to page I, timing the write alone. */
static inline uint64_t timed_touch(int i) {
  volatile char *p = &pages[i][0];
  uint64_t t0 = rdtsc();
  *p = 1;
  uint64_t t1 = rdtsc();
  return t1 - t0;
}

int main(int argc, char *argv[]) {
  report_tsc();
  int n = arg_int(argc, argv, 1, 256);
  if (n > MAX_PAGES) bench_fail("at most 4096 pages");
  for (int i = 0; i < MAX_PAGES; i++) samples[i] = 0;

  for (int i = 0; i < n; i++) samples[i] = timed_touch(i);
  report("pages", n);
  report("fault-mean", mean(samples, n));
  report("fault-median", median(samples, n));

  for (int i = 0; i < n; i++) samples[i] = timed_touch(i);
  report("retouch-median", median(samples, n));
  report("rdtsc-overhead", rdtsc_overhead());
  report_tsc();
  return 0;
}
