/* tests/bench/bench-ctx.cc -- a context switch between two processes.
 *
 *     bench-ctx [SWITCHES]    (default 40, at most 200)
 *
 * Without pipes or a yield call, the switches measured are the scheduler's
 * own: the parent forks a child and both spin reading the TSC, the only
 * runnable processes, so the timer's round-robin preemption alternates
 * them.  Each process logs its runs: stretches of consecutive reads less
 * than GAP ticks apart.  A switch is the time from the last read of one
 * process's run to the first read of the other's next run: the timer
 * interrupt, the scheduler, the register and page-table switch, and the
 * return to user mode.  The TSC is the same clock for both processes, so
 * the parent merges the child's log (passed through the file "ctx.log")
 * with its own and reports ctx-switch-median and ctx-switch-mean over
 * every switch between the first and the last. */
#include <string.h>
#include <syscall.h>

#include "tests/bench/bench.h"

#define MAX_RUNS 202
/* A pause longer than this is another process running (a time slice is
 * 4 timer ticks, 40 ms; a timer interrupt alone costs microseconds). */
#define GAP 1000000

struct run {
  uint64_t start, end;
};

static struct run mine[MAX_RUNS], theirs[MAX_RUNS];
static uint64_t samples[2 * MAX_RUNS];

/* Spins until RUNS runs are logged in LOG. */
static void spin(struct run *log, int runs) {
  uint64_t last = rdtsc();
  log[0].start = last;
  int n = 0;
  for (;;) {
    uint64_t now = rdtsc();
    if (now - last > GAP) {
      log[n].end = last;
      if (++n == runs) return;
      log[n].start = now;
    }
    last = now;
  }
}

int main(int argc, char *argv[]) {
  report_tsc();
  int switches = arg_int(argc, argv, 1, 40);
  if (switches > 200) bench_fail("at most 200 switches");
  int runs = switches / 2 + 2;
  memset(mine, 0, sizeof mine);
  memset(theirs, 0, sizeof theirs);
  if (!create("ctx.log", sizeof theirs)) bench_fail("cannot create ctx.log");

  pid_t child = fork("bench-ctx");
  if (child == PID_ERROR) bench_fail("fork failed");
  if (child == 0) {
    spin(theirs, runs);
    int fd = open("ctx.log");
    if (fd < 0 || write(fd, theirs, sizeof theirs) != (int)sizeof theirs) exit(2);
    close(fd);
    exit(0);
  }
  spin(mine, runs);
  if (wait(child) != 0) bench_fail("the child could not log its runs");
  int fd = open("ctx.log");
  if (fd < 0 || read(fd, theirs, sizeof theirs) != (int)sizeof theirs)
    bench_fail("cannot read the child's log");
  close(fd);

  /* Merge by start time; count the gaps between runs of different
   * processes that follow each other. */
  int i = 0, j = 0, n = 0, last_owner = -1;
  uint64_t last_end = 0;
  while (i < runs || j < runs) {
    bool take_mine = j == runs || (i < runs && mine[i].start < theirs[j].start);
    struct run *r = take_mine ? &mine[i++] : &theirs[j++];
    int owner = take_mine ? 0 : 1;
    if (last_owner != -1 && owner != last_owner && r->start > last_end)
      samples[n++] = r->start - last_end;
    last_owner = owner;
    last_end = r->end;
  }
  if (n < 4) bench_fail("too few switches between the two processes");
  /* The first and last switches overlap fork and exit: leave them out. */
  report("ctx-switches", (uint64_t)(n - 2));
  report("ctx-switch-mean", mean(samples + 1, n - 2));
  report("ctx-switch-median", median(samples + 1, n - 2));
  report_tsc();
  return 0;
}
