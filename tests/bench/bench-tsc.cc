/* tests/bench/bench-tsc.cc -- marks for measuring the TSC rate.
 *
 *     bench-tsc [STEPS]      (default 4)
 *
 * Prints "bench: tsc NOW", then STEPS times spins for 2^29 ticks (about
 * 0.2 s at 2.5 GHz) and prints the mark again.  run-bench time-stamps each
 * line as it arrives on the host, so under --realtime, where the TSC is
 * the host's, ticks over host seconds is the TSC rate. */
#include "tests/bench/bench.h"

int main(int argc, char *argv[]) {
  int steps = arg_int(argc, argv, 1, 4);
  uint64_t start = rdtsc();
  report("tsc", start);
  for (int k = 1; k <= steps; k++) {
    uint64_t now;
    do now = rdtsc();
    while (now - start < ((uint64_t)k << 29));
    report("tsc", now);
  }
  return 0;
}
