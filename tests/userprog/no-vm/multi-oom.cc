/* tests/userprog/multi-oom.cc -- runs the kernel out of resources.
 *
 * The first process forks a chain of children, each of which opens many
 * files and forks again, until fork() fails; the depth reached is passed
 * back up as the exit status.  Deeper processes also fork children that
 * open files and then die on a bad memory access.  The whole descent is
 * done 10 times; a kernel that leaks a page or an fd per process reaches a
 * smaller depth on a later run, and the test fails. */
#include <random.h>
#include <string.h>

#include "tests/lib.h"

static const int EXPECTED_DEPTH_TO_PASS = 10;
static const int EXPECTED_REPETITIONS = 10;

/* Opens this program's executable up to 126 times; a failing open() is
 * fine (the kernel may be short of memory) and must not kill us. */
static void consume_some_resources(void) {
  for (int i = 0; i < 126; i++)
    if (open("multi-oom") == -1) break;
}

/* Opens files, then dies in one of five ways chosen by SEED. */
[[noreturn]] NO_INLINE static void consume_some_resources_and_die(int seed) {
  consume_some_resources();
  random_init(seed);
  volatile int *kernel = (volatile int *)0x8004000000;
  switch (random_ulong() % 5) {
    case 0: *(volatile int *)nullptr = 42; break;
    case 1: (void)*(volatile int *)nullptr; break;
    case 2: (void)*kernel; break;
    case 3: *kernel = 42; break;
    case 4: open((const char *)kernel); break;
  }
  exit(-1);
}

/* Runs the process at depth N (in the child) and returns its pid in the
 * parent, or PID_ERROR.  CRASH children die; the others recurse. */
static int descend(int n);
static pid_t spawn_child(int n, bool crash) {
  pid_t pid = fork("multi-oom");
  if (pid == 0) {
    if (crash) consume_some_resources_and_die(n);
    exit(descend(n));
  }
  return pid;
}

/* The work of the process at depth N; returns the depth reached below. */
static int descend(int n) {
  int repetitions = n == 0 ? EXPECTED_REPETITIONS : 1;
  int expected_depth = -1;
  for (int i = 0; i < repetitions; i++) {
    if (n > EXPECTED_DEPTH_TO_PASS / 2) {
      pid_t crasher = spawn_child(n + 1, true);
      if (crasher != PID_ERROR && wait(crasher) != -1) fail("crashed child should return -1.");
    }

    pid_t child = spawn_child(n + 1, false);
    if (child == PID_ERROR) return n;
    int reached_depth = wait(child);
    if (reached_depth == -1) fail("wait returned -1.");

    if (i == 0)
      expected_depth = reached_depth;
    else if (expected_depth != reached_depth)
      fail("after run %d/%d, expected depth %d, actual depth %d.", i, repetitions,
           expected_depth, reached_depth);
  }
  consume_some_resources();
  return expected_depth;
}

int main(void) {
  test_name = "multi-oom";
  msg("begin");
  int depth = descend(0);
  if (depth < EXPECTED_DEPTH_TO_PASS)
    fail("should have forked at least %d times.", EXPECTED_DEPTH_TO_PASS);
  msg("success. program forked %d times.", EXPECTED_REPETITIONS);
  msg("end");
  return 0;
}
