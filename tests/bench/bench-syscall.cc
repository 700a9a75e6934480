/* tests/bench/bench-syscall.cc -- the system-call round trip.
 *
 *     bench-syscall [COUNT]      (default 10000)
 *
 * Times COUNT calls of tell() on a file descriptor that is not open, each
 * call alone: the kernel looks the descriptor up, finds nothing and returns
 * -1, so the figure is almost all entry and exit.  Prints syscall-median,
 * syscall-mean and rdtsc-overhead. */
#include <syscall.h>

#include "tests/bench/bench.h"

#define MAX_COUNT 100000
#define BAD_FD 1000

static uint64_t samples[MAX_COUNT];

int main(int argc, char *argv[]) {
  report_tsc();
  int count = arg_int(argc, argv, 1, 10000);
  if (count > MAX_COUNT) bench_fail("at most 100000 calls");
  for (int i = 0; i < count; i++) samples[i] = 0;

  for (int i = 0; i < count; i++) {
    uint64_t t0 = rdtsc();
    unsigned pos = tell(BAD_FD);
    uint64_t t1 = rdtsc();
    if (pos != (unsigned)-1) bench_fail("tell on a closed fd did not return -1");
    samples[i] = t1 - t0;
  }
  report("syscall-mean", mean(samples, count));
  report("syscall-median", median(samples, count));
  report("rdtsc-overhead", rdtsc_overhead());
  report_tsc();
  return 0;
}
