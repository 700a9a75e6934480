/* tests/bench/bench.h -- helpers shared by the benchmark programs.
 *
 * The benchmarks are user programs run by tests/bench/run-bench (`make
 * bench`), not tests: they have no .ck checker and `make check` never runs
 * them.  Each prints its figures as lines
 *
 *     bench: KEY VALUE
 *
 * which run-bench collects; VALUE is a count of TSC ticks unless KEY says
 * otherwise.  A program that cannot measure prints "bench: error WHY" and
 * exits with status 1, and run-bench shows the missing figures as n/a.
 *
 * Time is read with rdtsc, which user mode may execute (CR4.TSD is clear).
 * What a tick means depends on QEMU's clock: under the virtual clock
 * (-icount shift=N, tools/pintos' default) the TSC counts virtual
 * nanoseconds, 2^N per guest instruction; under --realtime it is the host's
 * TSC.  run-bench converts. */
#ifndef TESTS_BENCH_BENCH_H
#define TESTS_BENCH_BENCH_H

#include <stddef.h>
#include <stdint.h>

/* The time stamp counter.  The LFENCE keeps rdtsc from being executed
 * before the instructions ahead of it on real hardware (SDM vol. 2B,
 * RDTSC); under QEMU's TCG instructions run in order anyway. */
static inline uint64_t rdtsc(void) {
  uint32_t lo, hi;
  asm volatile("lfence; rdtsc" : "=a"(lo), "=d"(hi) : : "memory");
  return (uint64_t)hi << 32 | lo;
}

/* Prints "bench: KEY VALUE". */
void report(const char *key, uint64_t value);

/* Prints "bench: tsc NOW": run-bench time-stamps these lines on the host
 * to measure the TSC rate of a --realtime run. */
void report_tsc(void);

/* Prints "bench: error WHY" and exits with status 1. */
[[noreturn]] void bench_fail(const char *why);

/* Sorts the CNT samples at S (CNT > 0) and returns their median. */
uint64_t median(uint64_t *s, size_t cnt);

/* The mean of the CNT samples at S (CNT > 0), rounded down. */
uint64_t mean(const uint64_t *s, size_t cnt);

/* The median cost of an empty timed region, two rdtsc in a row: the
 * overhead every timed sample includes.  Reported as rdtsc-overhead. */
uint64_t rdtsc_overhead(void);

/* ARGV[I] as a positive integer, or DEFAULT_VALUE if there are not that
 * many arguments.  Fails the benchmark on a malformed argument. */
int arg_int(int argc, char *argv[], int i, int default_value);

#endif /* TESTS_BENCH_BENCH_H */
