/* tests/userprog/syscall-fuzz.cc -- random system calls must not crash
 * or hang the kernel.
 *
 * The parent keeps WORKERS child processes busy.  Each child makes CHUNK
 * system calls with random numbers (valid and invalid) and random, often
 * invalid, arguments, then exits 0.  A child the kernel kills for a bad
 * pointer or fd is expected: the parent simply starts another.  The run
 * stops once finished children alone account for TARGET calls, so at least
 * TARGET calls were made (killed children's calls are not counted).
 *
 * What the children never do, because it would legitimately print to the
 * console, block forever or end the machine: halt(); exit(); read() from
 * fd 0 or write() to fds 0 and 1 (nor dup2() of those into other fds);
 * exec() of a readable string (a failed load prints a line); fork() with a
 * name other than a short printable one (the child's exit line is
 * printed).  A child created by a successful fork() exits at once.
 *
 * Only the parent prints, and only fixed lines; the random generator is
 * seeded from the child's number, so runs are reproducible. */
#include <limits.h>
#include <stdint.h>
#include <syscall-nr.h>

#include "tests/lib.h"
#include "tests/main.h"

namespace {

constexpr int WORKERS = 3;
constexpr long CHUNK = 50;
constexpr long TARGET = 100000;
constexpr long MAX_CHILDREN = 40000;

/* xorshift64*: small, fast, and the same on every run. */
struct Random {
  uint64_t state;
  uint64_t next() {
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    return state * 0x2545F4914F6CDD1DULL;
  }
  uint64_t below(uint64_t n) { return next() % n; }
  bool percent(int p) { return below(100) < (uint64_t)p; }
};

/* Memory the children read and write through system calls. */
alignas(4096) char scratch[2 * 4096];
const char *const names[] = {"fz0", "fz1", "fz2", "fz3", "d0", "d1", "l0", "l1"};

/* A pointer no system call may use: unmapped, kernel or non-canonical. */
uint64_t unmapped_pointer(Random &rng) {
  static const uint64_t bad[] = {
      0,                     1,                     0xfff,
      0x20101234,            0x8004000000,          0x8003ffffffff,
      0xffffffff80000000ULL, 0x0000800000000000ULL, 0xdeadbeefdeadbeefULL,
      0x47480000,            0x47480000 - 0x200000, 0x3ff000,
  };
  if (rng.percent(20)) return rng.next();
  return bad[rng.below(sizeof bad / sizeof *bad)];
}

/* A pointer the kernel must not write through: one of unmapped_pointer()
 * or our own (read-only) code. */
uint64_t unwritable_pointer(Random &rng) {
  if (rng.percent(30)) return (uint64_t)(uintptr_t)&unmapped_pointer + rng.below(64);
  return unmapped_pointer(rng);
}

/* An fd argument: mostly 0..11, sometimes garbage (the kernel reads only
 * the low 32 bits). */
uint64_t fd_argument(Random &rng) {
  if (!rng.percent(4)) return rng.below(12);
  switch (rng.below(5)) {
    case 0: return (uint64_t)-1;
    case 1: return INT_MAX;
    case 2: return (uint64_t)INT_MIN;
    case 3: return 0x20101234;
    default: return rng.next();
  }
}

/* An fd that is not 0 (nor 1 if NOT_STDOUT), low 32 bits considered. */
uint64_t fd_avoiding(Random &rng, bool not_stdout) {
  uint64_t fd = fd_argument(rng);
  int low = (int)(uint32_t)fd;
  if (low == 0 || (not_stdout && low == 1)) fd = 2 + rng.below(10);
  return fd;
}

/* A string argument: a pool name, mostly; else a bad or odd pointer. */
uint64_t string_argument(Random &rng) {
  if (!rng.percent(6)) return (uint64_t)(uintptr_t)names[rng.below(8)];
  if (rng.percent(50)) return (uint64_t)(uintptr_t)(scratch + rng.below(sizeof scratch));
  return unwritable_pointer(rng);
}

/* A buffer the kernel reads from, with its size. */
void source_buffer(Random &rng, uint64_t &ptr, uint64_t &size) {
  if (rng.percent(4)) {
    ptr = unmapped_pointer(rng);
    size = rng.percent(50) ? rng.below(4096) : rng.next();
    return;
  }
  uint64_t ofs = rng.below(sizeof scratch);
  ptr = (uint64_t)(uintptr_t)(scratch + ofs);
  size = rng.percent(97) ? rng.below(sizeof scratch - ofs + 1) : rng.below(3 * 4096);
}

/* A buffer the kernel writes into: never larger than what is ours. */
void destination_buffer(Random &rng, uint64_t &ptr, uint64_t &size) {
  if (rng.percent(4)) {
    ptr = unwritable_pointer(rng);
    size = rng.percent(50) ? 1 + rng.below(4096) : rng.next();
    return;
  }
  uint64_t ofs = rng.below(sizeof scratch);
  ptr = (uint64_t)(uintptr_t)(scratch + ofs);
  size = rng.below(sizeof scratch - ofs + 1);
}

/* A user address for mmap/munmap: page-aligned mostly. */
uint64_t map_address(Random &rng) {
  if (rng.percent(10)) return unmapped_pointer(rng);
  uint64_t addr = 0x10000000 + rng.below(0x1000) * 4096;
  return rng.percent(90) ? addr : addr + rng.below(4096);
}

long raw_syscall(uint64_t nr, uint64_t a0, uint64_t a1, uint64_t a2, uint64_t a3,
                 uint64_t a4, uint64_t a5) {
  register uint64_t rax asm("rax") = nr;
  register uint64_t rdi asm("rdi") = a0;
  register uint64_t rsi asm("rsi") = a1;
  register uint64_t rdx asm("rdx") = a2;
  register uint64_t r10 asm("r10") = a3;
  register uint64_t r8 asm("r8") = a4;
  register uint64_t r9 asm("r9") = a5;
  asm volatile("syscall"
               : "+r"(rax)
               : "r"(rdi), "r"(rsi), "r"(rdx), "r"(r10), "r"(r8), "r"(r9)
               : "rcx", "r11", "memory");
  return (long)rax;
}

/* Makes one random system call. */
void fuzz_once(Random &rng) {
  uint64_t a[6];
  for (auto &arg : a) arg = rng.next();
  uint64_t nr = rng.below(SYS_UMOUNT + 1);
  if (rng.percent(8)) nr = rng.percent(50) ? SYS_UMOUNT + 1 + rng.below(1000) : rng.next();

  switch (nr) {
    case SYS_HALT:
    case SYS_EXIT:
      nr = SYS_TELL;
      a[0] = fd_argument(rng);
      break;
    case SYS_FORK:
      /* Most forks die on a bad name; the rest make a child that exits. */
      a[0] = rng.percent(70) ? unmapped_pointer(rng) : (uint64_t)(uintptr_t)names[rng.below(4)];
      break;
    case SYS_EXEC:
    case SYS_MOUNT:
    case SYS_UMOUNT:
      a[0] = unmapped_pointer(rng);
      break;
    case SYS_WAIT:
      a[0] = rng.percent(80) ? rng.below(64) : rng.next();
      break;
    case SYS_CREATE:
      a[0] = string_argument(rng);
      a[1] = rng.percent(90) ? rng.below(8192) : rng.next();
      break;
    case SYS_REMOVE:
    case SYS_OPEN:
    case SYS_CHDIR:
    case SYS_MKDIR:
      a[0] = string_argument(rng);
      break;
    case SYS_SYMLINK:
      a[0] = string_argument(rng);
      a[1] = string_argument(rng);
      break;
    case SYS_FILESIZE:
    case SYS_TELL:
    case SYS_CLOSE:
    case SYS_ISDIR:
    case SYS_INUMBER:
      a[0] = fd_argument(rng);
      break;
    case SYS_SEEK:
      a[0] = fd_argument(rng);
      a[1] = rng.percent(80) ? rng.below(10000) : rng.next();
      break;
    case SYS_READ:
      a[0] = fd_avoiding(rng, false);
      destination_buffer(rng, a[1], a[2]);
      break;
    case SYS_WRITE:
      a[0] = fd_avoiding(rng, true);
      source_buffer(rng, a[1], a[2]);
      break;
    case SYS_READDIR:
      a[0] = fd_argument(rng);
      a[1] = rng.percent(95) ? (uint64_t)(uintptr_t)(scratch + rng.below(sizeof scratch - 16))
                             : unwritable_pointer(rng);
      break;
    case SYS_DUP2:
      a[0] = fd_avoiding(rng, true);
      a[1] = fd_argument(rng);
      break;
    case SYS_MMAP:
      a[0] = map_address(rng);
      a[1] = rng.percent(90) ? rng.below(16 * 4096) : rng.next();
      a[2] = rng.below(2);
      a[3] = fd_argument(rng);
      a[4] = rng.percent(80) ? rng.below(4) * 4096 : rng.next();
      break;
    case SYS_MUNMAP:
      a[0] = map_address(rng);
      break;
    default:
      break;
  }

  long result = raw_syscall(nr, a[0], a[1], a[2], a[3], a[4], a[5]);
  if (nr == SYS_FORK && result == 0) exit(0);
}

/* Body of one child: CHUNK calls seeded by SEED. */
[[noreturn]] void fuzz_child(uint64_t seed) {
  Random rng{seed * 0x9E3779B97F4A7C15ULL + 1};
  for (int i = 0; i < 4; i++) {
    create(names[i], 0);
    open(names[i]);
  }
  for (long i = 0; i < CHUNK; i++) fuzz_once(rng);
  exit(0);
}

pid_t start_child(long number) {
  pid_t pid = fork("fuzz");
  if (pid == 0) fuzz_child(number);
  if (pid == PID_ERROR) fail("fork failed");
  return pid;
}

}  // namespace

void test_main(void) {
  msg("%d processes make at least %ld random system calls", WORKERS, TARGET);

  pid_t workers[WORKERS];
  long started = 0, completed_calls = 0;
  for (int w = 0; w < WORKERS; w++) workers[w] = start_child(started++);

  while (completed_calls < TARGET) {
    for (int w = 0; w < WORKERS; w++) {
      if (wait(workers[w]) == 0) completed_calls += CHUNK;
      if (started >= MAX_CHILDREN) fail("too many children killed");
      workers[w] = start_child(started++);
    }
  }
  for (int w = 0; w < WORKERS; w++) wait(workers[w]);
  msg("the kernel survived");
}
