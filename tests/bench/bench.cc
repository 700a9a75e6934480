/* tests/bench/bench.cc -- helpers shared by the benchmark programs (see
 * bench.h). */
#include "tests/bench/bench.h"

#include <stdio.h>
#include <stdlib.h>
#include <syscall.h>

void report(const char *key, uint64_t value) {
  printf("bench: %s %llu\n", key, (unsigned long long)value);
}

void report_tsc(void) { report("tsc", rdtsc()); }

void bench_fail(const char *why) {
  printf("bench: error %s\n", why);
  exit(1);
}

namespace {
int compare_u64(const void *a_, const void *b_) {
  uint64_t a = *(const uint64_t *)a_, b = *(const uint64_t *)b_;
  return a < b ? -1 : a > b;
}
}  // namespace

uint64_t median(uint64_t *s, size_t cnt) {
  qsort(s, cnt, sizeof *s, compare_u64);
  return cnt % 2 ? s[cnt / 2] : (s[cnt / 2 - 1] + s[cnt / 2]) / 2;
}

uint64_t mean(const uint64_t *s, size_t cnt) {
  uint64_t sum = 0;
  for (size_t i = 0; i < cnt; i++) sum += s[i];
  return sum / cnt;
}

uint64_t rdtsc_overhead(void) {
  enum { N = 101 };
  uint64_t s[N];
  for (int i = 0; i < N; i++) {
    uint64_t t0 = rdtsc();
    uint64_t t1 = rdtsc();
    s[i] = t1 - t0;
  }
  return median(s, N);
}

int arg_int(int argc, char *argv[], int i, int default_value) {
  if (i >= argc) return default_value;
  char *end;
  long value = strtol(argv[i], &end, 10);
  if (*argv[i] == '\0' || *end != '\0' || value <= 0 || value > 1 << 20)
    bench_fail("bad argument");
  return (int)value;
}
