/* tests/bench/bench-exec.cc -- the cost of starting a program with a large
 * BSS it never touches.
 *
 *     bench-exec [REPS]         (REPS default 20)
 *
 * The program has a 64 MiB BSS.  REPS times it forks a child that runs
 * "bench-exec child" -- the same program, which returns at once without
 * touching its BSS -- and waits for it, timing fork+exec+exit+wait
 * (exec-median).  Describing the BSS must not cost per page: a loader that
 * makes an entry per page pays ~1,800 instructions for each of the 16,384,
 * at exec and at exit.  Prints exec-median and exec-mean. */
#include <string.h>
#include <syscall.h>

#include "tests/bench/bench.h"

#define BSS_MB 64
#define MAX_REPS 200

static char bss[BSS_MB << 20];
static uint64_t samples[MAX_REPS];

int main(int argc, char *argv[]) {
  /* The BSS's address escapes, so the compiler keeps it; nothing touches it. */
  asm volatile("" : : "r"(bss));
  if (argc == 2 && strcmp(argv[1], "child") == 0) return 0;
  report_tsc();
  int reps = arg_int(argc, argv, 1, 20);
  if (reps > MAX_REPS) bench_fail("at most 200 rounds");
  for (int r = 0; r < reps; r++) {
    uint64_t t0 = rdtsc();
    pid_t pid = fork("bench-exec-child");
    if (pid == 0) {
      exec("bench-exec child");
      exit(2);
    }
    if (pid == PID_ERROR) bench_fail("fork failed");
    if (wait(pid) != 0) bench_fail("the child did not exit with 0");
    samples[r] = rdtsc() - t0;
  }
  report("bss-kb", sizeof bss / 1024);
  report("exec-median", median(samples, reps));
  report("exec-mean", mean(samples, reps));
  report_tsc();
  return 0;
}
