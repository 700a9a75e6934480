/* tests/isolation/mmap-huge.cc -- a system call costs what it does, not
 * the size of the range it names (issue 13.4).
 *
 * Huge mmap requests that cannot be granted -- overlapping the stack or
 * the code, larger than user space, wrapping around, reaching past
 * KERN_BASE -- must return NULL at once; a huge one that fits (a 510 GiB
 * window onto a one-page file, up to exactly KERN_BASE's 512 GiB line)
 * must be granted at once, its far pages must work, and munmap, fork and
 * exit must not walk it.  Each call is timed with rdtsc: under QEMU's
 * virtual clock (-icount, what the tests use) the TSC counts virtual
 * nanoseconds, 64 per instruction at tools/pintos' default shift, so the
 * figures are deterministic.  A call is "prompt" below PROMPT ticks (about
 * 15,000 instructions; these calls take 250 to 5,000), fork+exit+wait below
 * FORK_PROMPT (500,000 instructions; it takes about 90,000).  The checker
 * also bounds the whole run's ticks of work.  The kernel before issue 13.4
 * checked overlaps page by page: the first request alone took ~2^27 steps
 * (~1,000 s of guest time). */
#include <stdint.h>
#include <stdio.h>
#include <syscall.h>

/* The test library is C; its headers may be the standard ones, which do
 * not say so themselves. */
extern "C" {
#include "tests/lib.h"
#include "tests/main.h"
}

namespace {

constexpr uint64_t PROMPT = 1000000;
constexpr uint64_t FORK_PROMPT = 32000000;
constexpr uint64_t GiB = 1ULL << 30;
constexpr uint64_t KERN_BASE = 0x8004000000ULL;
constexpr uint64_t PAGE = 4096;

uint64_t rdtsc(void) {
  uint32_t lo, hi;
  asm volatile("rdtsc" : "=a"(lo), "=d"(hi) : : "memory");
  return (uint64_t)hi << 32 | lo;
}

/* "promptly" if TICKS is below LIMIT, else how long it took. */
const char *pace(uint64_t ticks, uint64_t limit = PROMPT) {
  static char slow[40];
  if (ticks < limit) return "promptly";
  snprintf(slow, sizeof slow, "in %llu ticks", (unsigned long long)ticks);
  return slow;
}

int fd;

/* mmap(ADDR, LENGTH) of the file, which must give EXPECT; says so. */
void try_mmap(const char *what, uint64_t addr, uint64_t length, void *expect) {
  uint64_t t0 = rdtsc();
  void *got = mmap((void *)addr, (size_t)length, 1, fd, 0);
  uint64_t t1 = rdtsc();
  if (got != expect) fail("mmap %s returned %p", what, got);
  msg("mmap %s: %s, %s", what, got == MAP_FAILED ? "NULL" : "mapped", pace(t1 - t0));
}

}  // namespace

void test_main(void) {
  CHECK(create("one-page", PAGE), "create \"one-page\"");
  CHECK((fd = open("one-page")) > 1, "open \"one-page\"");
  static char page[PAGE];
  for (size_t i = 0; i < PAGE; i++) page[i] = 'x';
  CHECK(write(fd, page, PAGE) == (int)PAGE, "write one page of 'x'");

  /* Refused: none of these fits. */
  try_mmap("511 GiB over the stack", 0x10000000, 511 * GiB, MAP_FAILED);
  try_mmap("over the code, up to KERN_BASE", PAGE, KERN_BASE - PAGE, MAP_FAILED);
  try_mmap("larger than user space", 0x10000000, KERN_BASE, MAP_FAILED);
  try_mmap("wrapping around", 0x10000000, UINT64_MAX - 0xfff, MAP_FAILED);
  try_mmap("one page past KERN_BASE", 512 * GiB, KERN_BASE - 512 * GiB + PAGE, MAP_FAILED);

  /* Granted: 2 GiB above the stack up to exactly KERN_BASE. */
  uint64_t start = 2 * GiB, length = KERN_BASE - start;
  try_mmap("2 GiB .. KERN_BASE", start, length, (void *)start);
  try_mmap("inside it again", start + 100 * GiB, PAGE, MAP_FAILED);
  volatile char *first = (volatile char *)start;
  volatile char *last = (volatile char *)(KERN_BASE - PAGE);
  CHECK(first[0] == 'x' && first[PAGE - 1] == 'x', "its first page shows the file");
  CHECK(last[0] == 0, "its last page reads as zero");
  last[1] = 'y';
  CHECK(last[1] == 'y', "its last page takes a write");

  uint64_t t0 = rdtsc();
  pid_t pid = fork("child");
  if (pid == 0) {
    exit(last[1] == 'y' && first[0] == 'x' ? 81 : 1);
  }
  int status = wait(pid);
  uint64_t t1 = rdtsc();
  CHECK(status == 81, "fork, child sees both pages, exits: %s", pace(t1 - t0, FORK_PROMPT));

  t0 = rdtsc();
  munmap((void *)start);
  t1 = rdtsc();
  msg("munmap it: %s", pace(t1 - t0));
  try_mmap("the same range again", start, length, (void *)start);
}
