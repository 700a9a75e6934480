/* tests/userprog/no-vm/multi-oom.c -- runs the kernel out of resources.
 *
 * One descent forks a chain of processes ("child_N_O"), each of which
 * grabs many fds and forks the next, until fork() fails; the deepest
 * process exits with its level and every process above passes that number
 * up as its own exit status.  Below level 5 each process first forks a
 * "child_N_X" that grabs fds and then dies in one of five bad ways, whose
 * wait() must return -1.  The first descent must reach depth 10, and the
 * ten descents after it at least as deep as the first: a kernel that leaks
 * a page or an fd per process falls short on a later one. */
#include <random.h>
#include <stdio.h>
#include <syscall.h>

#include "tests/lib.h"

static const int EXPECTED_DEPTH_TO_PASS = 10;
static const int EXPECTED_REPETITIONS = 10;

/* Grabs up to 126 fds and never closes them; the kernel must free them at
 * exit.  A failing open() or dup2() (the kernel may be short of memory)
 * just stops the grabbing and must not kill the process.  With EXTRA2
 * (dup2 implemented) about half the steps alias a random lower fd number
 * at fd + 126 and then open one more file. */
static void consume_some_resources(void) {
  const int fd_max = 126;
  for (int fd = 0; fd < fd_max; fd++) {
#ifdef EXTRA2
    if (fd == 0 || !(random_ulong() & 1)) continue;
    if (dup2(random_ulong() % fd, fd + fd_max) == -1) break;
    if (open(test_name) == -1) break;
#else
    if (open(test_name) == -1) break;
#endif
  }
}

/* Grabs fds, then dies in one of five ways: a write or read at address 0
 * or in kernel space, or a kernel address passed to open(). */
static NO_RETURN NO_INLINE void consume_some_resources_and_die(void) {
  consume_some_resources();
  volatile int *kernel = (volatile int *)0x8004000000;
  switch (random_ulong() % 5) {
    case 0: *(volatile int *)NULL = 42; break;
    case 1: (void)*(volatile int *)NULL; break;
    case 2: (void)*kernel; break;
    case 3: *kernel = 42; break;
    default: open((const char *)kernel); break;
  }
  exit(-1);
}

/* One descent, called in the first process: returns the depth reached.
 * The processes below it never return from here; they exit. */
static int descend(void) {
  char name[32];
  int level = 0;
  pid_t child;
  for (;;) {
    if (level > EXPECTED_DEPTH_TO_PASS / 2) {
      snprintf(name, sizeof name, "child_%d_X", level);
      pid_t crasher = fork(name);
      if (crasher == 0) consume_some_resources_and_die();
      if (crasher > 0 && wait(crasher) != -1) fail("crashed child should return -1.");
    }

    snprintf(name, sizeof name, "child_%d_O", level);
    child = fork(name);
    if (child < 0) exit(level); /* the bottom: report how deep we got */
    if (child > 0) break;

    /* The new process, one level down. */
    consume_some_resources();
    random_init(level);
    level++;
  }

  int depth = wait(child);
  if (depth < 0) fail("Should return > 0.");
  if (level > 0) exit(depth);
  return depth;
}

int main(void) {
  test_name = "multi-oom";
  msg("begin");

  int first_depth = descend();
  CHECK(first_depth >= EXPECTED_DEPTH_TO_PASS, "Spawned at least %d children.",
        EXPECTED_DEPTH_TO_PASS);

  for (int i = 0; i < EXPECTED_REPETITIONS; i++) {
    int depth = descend();
    if (depth < first_depth)
      fail("should have forked at least %d times, but %d times forked", first_depth, depth);
  }

  msg("success. Program forked %d iterations.", EXPECTED_REPETITIONS);
  msg("end");
  return 0;
}
