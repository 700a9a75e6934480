/* tests/bench/bench-fork.cc -- fork+exit+wait latency, and the cost of the
 * child's first write to each page.
 *
 *     bench-fork MB [REPS]      (1 <= MB <= 16; REPS default 20)
 *
 * The program has a BSS of BSS_MB MiB (16; bench-fork64.cc builds it with
 * 64), of which it makes MB MiB resident by writing to each page -- the
 * rest is never touched, and should cost a fork nothing.  Then REPS times:
 * fork(); the child exits at once; the parent waits for it.  Each round is
 * timed from before fork() to after wait() returns (fork-exit-wait), and
 * to fork()'s return in the parent (fork-return).  With copy-on-write, fork
 * shares the pages instead of copying them, so its cost should hardly grow
 * with MB; run-bench compares against a boot with -nocow (eager copy).
 *
 * Then one more child writes one byte to every resident page, timing each
 * write (child-write-median): with copy-on-write each is a fault that copies
 * the page; with eager copy it is a plain write.
 *
 * Prints resident-kb, fork-exit-wait-median, fork-return-median,
 * child-write-median, child-write-mean and rdtsc-overhead. */
#include <syscall.h>

#include "tests/bench/bench.h"

#ifndef BSS_MB
#define BSS_MB 16
#endif
#define MAX_MB 16
#define PAGE_SIZE 4096
#define MAX_PAGES (MAX_MB * 256)
#define MAX_REPS 1000

alignas(PAGE_SIZE) static char pages[BSS_MB * 256][PAGE_SIZE];
static uint64_t round_trip[MAX_REPS], fork_return[MAX_REPS];
static uint64_t writes[MAX_PAGES];

/* The child of the last round: writes to each of the first N pages, timing
 * each write, reports, and exits. */
[[noreturn]] static void child_write(int n) {
  for (int i = 0; i < n; i++) {
    volatile char *p = &pages[i][0];
    uint64_t t0 = rdtsc();
    *p = 2;
    uint64_t t1 = rdtsc();
    writes[i] = t1 - t0;
  }
  report("child-write-mean", mean(writes, n));
  report("child-write-median", median(writes, n));
  exit(0);
}

int main(int argc, char *argv[]) {
  report_tsc();
  int mb = arg_int(argc, argv, 1, 1);
  int reps = arg_int(argc, argv, 2, 20);
  if (mb > MAX_MB) bench_fail("at most 16 MiB");
  if (reps > MAX_REPS) bench_fail("at most 1000 rounds");
  int n = mb * 256;

  /* Resident memory, and the sample arrays, before anything is timed.
   * Volatile: nothing reads PAGES, so the compiler would drop plain stores. */
  for (int i = 0; i < n; i++) *(volatile char *)&pages[i][0] = 1;
  for (int i = 0; i < reps; i++) round_trip[i] = fork_return[i] = 0;
  for (int i = 0; i < MAX_PAGES; i++) writes[i] = 0;
  report("resident-kb", (uint64_t)n * 4);
  report("bss-kb", (uint64_t)sizeof pages / 1024);

  for (int r = 0; r < reps; r++) {
    uint64_t t0 = rdtsc();
    pid_t pid = fork("bench-child");
    if (pid == 0) exit(0);
    uint64_t t1 = rdtsc();
    if (pid == PID_ERROR) bench_fail("fork failed");
    if (wait(pid) != 0) bench_fail("child did not exit with 0");
    uint64_t t2 = rdtsc();
    fork_return[r] = t1 - t0;
    round_trip[r] = t2 - t0;
  }
  report("fork-return-median", median(fork_return, reps));
  report("fork-exit-wait-median", median(round_trip, reps));
  report("fork-exit-wait-mean", mean(round_trip, reps));

  pid_t pid = fork("bench-writer");
  if (pid == 0) child_write(n);
  if (pid == PID_ERROR) bench_fail("fork failed");
  if (wait(pid) != 0) bench_fail("writer did not exit with 0");

  report("rdtsc-overhead", rdtsc_overhead());
  report_tsc();
  return 0;
}
