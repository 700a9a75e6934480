/* tests/userprog/syscall-fuzz.cc -- random system calls must not crash
 * or hang the kernel.
 *
 * The parent keeps WORKERS child processes busy.  Each child makes up to
 * CHUNK system calls with random numbers (valid and invalid) and random,
 * often invalid, arguments, then exits 0.  A child the kernel kills for a
 * bad pointer or fd is expected: the parent simply starts another.  Every
 * few calls a child records how many it has made in its slot of the file
 * "fuzzprog" (through an fd the random calls never touch); the parent adds
 * up these counts and stops once they reach TARGET.
 *
 * What the children never do, because it would legitimately print to the
 * console, block forever or end the machine: halt(); exit(); read() from
 * fd 0 or write() to fds 0 and 1 (nor dup2() of those into other fds);
 * exec() of a string that could be readable (a failed load prints a
 * line: random mmap() calls may map any user address, so exec() gets only
 * NULL, kernel or non-canonical pointers); fork() with a name other than a
 * short printable one (the child's exit line is printed).  A child
 * created by a successful fork() exits at once.
 *
 * Only the parent prints, and only fixed lines; the random generator is
 * seeded from the child's number, so runs are reproducible.
 *
 * `make fuzz` (tests/userprog-extra/run-fuzz) runs the same program as
 * "syscall-fuzz CALLS SEED PRESSURE-KB": at least CALLS calls, children
 * seeded from SEED, and, when PRESSURE-KB is not 0, a "hog" process that
 * keeps rewriting that much memory while the children make their calls
 * (each child also keeps rewriting a few pages of its own), so that with
 * little RAM the calls run while pages go to swap and come back.  It then
 * prints how many calls were made. */
#include <limits.h>
#include <random.h>
#include <stdint.h>
#include <stdlib.h>
#include <syscall-nr.h>

#include "syscall-raw.h"

/* The test library is C; its headers may be the standard ones, which do
 * not say so themselves. */
extern "C" {
#include "tests/lib.h"
}

namespace {

constexpr int WORKERS = 3;
constexpr long CHUNK = 400;
/* Calls in `make check`: enough to make every call thousands of times,
 * with 3,800 children forked and killed (100,000 took 11 s, the longest
 * test of the suite); `make fuzz` makes a million. */
constexpr long TEST_TARGET = 50000;
constexpr long MAX_CHILDREN = 1000000;

/* The run's parameters (see the overview). */
long target = TEST_TARGET;
unsigned seed_base = 0;
size_t pressure_pages = 0;

/* Memory the hog rewrites under pressure (a fuzzing child rewrites
 * CHILD_PAGES of it); untouched, and free, otherwise. */
constexpr size_t BALLAST_PAGES = 2048;
constexpr size_t CHILD_PAGES = 16;
alignas(4096) volatile char ballast[BALLAST_PAGES][4096];

/* The fd of "fuzzprog", the progress file; random fds never equal it. */
int progress_fd;

/* Random numbers from lib/random (seeded per child in fuzz_child()). */
uint64_t random64() { return random_ulong(); }
uint64_t below(uint64_t n) { return random_ulong() % n; }
bool percent(int p) { return below(100) < (uint64_t)p; }

/* Memory the children read and write through system calls. */
alignas(4096) char scratch[2 * 4096];
const char *const names[] = {"fz0", "fz1", "fz2", "fz3", "d0", "d1", "l0", "l1"};

/* A pointer no system call may use now: unmapped (unless a random mmap()
 * happened to map it), kernel or non-canonical. */
uint64_t unmapped_pointer() {
  static const uint64_t bad[] = {
      0,                     1,                     0xfff,
      0x20101234,            0x8004000000,          0x8003ffffffff,
      0xffffffff80000000ULL, 0x0000800000000000ULL, 0xdeadbeefdeadbeefULL,
      0x47480000,            0x47480000 - 0x200000, 0x3ff000,
  };
  if (percent(20)) return random64();
  return bad[below(sizeof bad / sizeof *bad)];
}

/* A pointer that no mmap() can make valid: NULL, page 0, kernel or
 * non-canonical.  Used where a readable string would print a line. */
uint64_t never_mapped_pointer() {
  static const uint64_t bad[] = {
      0, 1, 0xfff, 0x8004000000, 0xffffffff80000000ULL, 0x0000800000000000ULL,
      0xdeadbeefdeadbeefULL,
  };
  if (percent(20)) return 0x8004000000 + below(1ULL << 40);
  return bad[below(sizeof bad / sizeof *bad)];
}

/* A pointer the kernel must not write through: one of unmapped_pointer()
 * or our own (read-only) code. */
uint64_t unwritable_pointer() {
  if (percent(30)) return (uint64_t)(uintptr_t)&unmapped_pointer + below(64);
  return unmapped_pointer();
}

/* An fd argument: mostly 0..11, sometimes garbage (the kernel reads only
 * the low 32 bits); never the progress fd. */
uint64_t fd_argument() {
  uint64_t fd;
  if (!percent(2)) {
    fd = below(12);
  } else {
    switch (below(5)) {
      case 0: fd = (uint64_t)-1; break;
      case 1: fd = INT_MAX; break;
      case 2: fd = (uint64_t)INT_MIN; break;
      case 3: fd = 0x20101234; break;
      default: fd = random64(); break;
    }
  }
  return (int)(uint32_t)fd == progress_fd ? 3 : fd;
}

/* An fd that is not 0 (nor 1 if NOT_STDOUT), low 32 bits considered. */
uint64_t fd_avoiding(bool not_stdout) {
  uint64_t fd = fd_argument();
  int low = (int)(uint32_t)fd;
  if (low == 0 || (not_stdout && low == 1)) fd = 2 + below(10);
  return fd;
}

/* A string argument: a pool name, mostly; else a bad or odd pointer. */
uint64_t string_argument() {
  if (!percent(3)) return (uint64_t)(uintptr_t)names[below(8)];
  if (percent(50)) return (uint64_t)(uintptr_t)(scratch + below(sizeof scratch));
  return unwritable_pointer();
}

/* A buffer the kernel reads from, with its size. */
void source_buffer(uint64_t &ptr, uint64_t &size) {
  if (percent(2)) {
    ptr = unmapped_pointer();
    size = percent(50) ? below(4096) : random64();
    return;
  }
  uint64_t ofs = below(sizeof scratch);
  ptr = (uint64_t)(uintptr_t)(scratch + ofs);
  size = percent(97) ? below(sizeof scratch - ofs + 1) : below(3 * 4096);
}

/* A buffer the kernel writes into: never larger than what is ours. */
void destination_buffer(uint64_t &ptr, uint64_t &size) {
  if (percent(2)) {
    ptr = unwritable_pointer();
    size = percent(50) ? 1 + below(4096) : random64();
    return;
  }
  uint64_t ofs = below(sizeof scratch);
  ptr = (uint64_t)(uintptr_t)(scratch + ofs);
  size = below(sizeof scratch - ofs + 1);
}

/* A user address for mmap/munmap: page-aligned mostly. */
uint64_t map_address() {
  if (percent(10)) return unmapped_pointer();
  uint64_t addr = 0x10000000 + below(0x1000) * 4096;
  return percent(90) ? addr : addr + below(4096);
}

/* Makes one random system call. */
void fuzz_once() {
  uint64_t a[6];
  for (auto &arg : a) arg = random64();
  /* Mostly the calls that return; rarely the ones that kill or fork. */
  static const uint8_t common[] = {
      SYS_WAIT,    SYS_CREATE, SYS_REMOVE,  SYS_OPEN,    SYS_FILESIZE, SYS_READ,
      SYS_WRITE,   SYS_SEEK,   SYS_TELL,    SYS_CLOSE,   SYS_MMAP,     SYS_MUNMAP,
      SYS_CHDIR,   SYS_MKDIR,  SYS_READDIR, SYS_ISDIR,   SYS_INUMBER,  SYS_SYMLINK,
      SYS_DUP2};
  static const uint8_t rare[] = {SYS_FORK, SYS_EXEC, SYS_MOUNT, SYS_UMOUNT};
  uint64_t nr;
  int kind = (int)below(1000);
  if (kind < 5)
    nr = rare[below(sizeof rare)];
  else if (kind < 60)
    nr = percent(50) ? SYS_UMOUNT + 1 + below(1000) : random64();
  else
    nr = common[below(sizeof common)];

  switch (nr) {
    case SYS_HALT:
    case SYS_EXIT:
      nr = SYS_TELL;
      a[0] = fd_argument();
      break;
    case SYS_FORK:
      /* Most forks die on a bad name; the rest make a child that exits. */
      a[0] = percent(50) ? never_mapped_pointer() : (uint64_t)(uintptr_t)names[below(4)];
      break;
    case SYS_EXEC:
    case SYS_MOUNT:
    case SYS_UMOUNT:
      a[0] = never_mapped_pointer();
      break;
    case SYS_WAIT:
      a[0] = percent(80) ? below(64) : random64();
      break;
    case SYS_CREATE:
      a[0] = string_argument();
      a[1] = percent(90) ? below(8192) : random64();
      break;
    case SYS_REMOVE:
    case SYS_OPEN:
    case SYS_CHDIR:
    case SYS_MKDIR:
      a[0] = string_argument();
      break;
    case SYS_SYMLINK:
      a[0] = string_argument();
      a[1] = string_argument();
      break;
    case SYS_FILESIZE:
    case SYS_TELL:
    case SYS_CLOSE:
    case SYS_ISDIR:
    case SYS_INUMBER:
      a[0] = fd_argument();
      break;
    case SYS_SEEK:
      a[0] = fd_argument();
      a[1] = percent(80) ? below(10000) : random64();
      break;
    case SYS_READ:
      a[0] = fd_avoiding(false);
      destination_buffer(a[1], a[2]);
      break;
    case SYS_WRITE:
      a[0] = fd_avoiding(true);
      source_buffer(a[1], a[2]);
      break;
    case SYS_READDIR:
      a[0] = fd_argument();
      a[1] = percent(95) ? (uint64_t)(uintptr_t)(scratch + below(sizeof scratch - 16))
                             : unwritable_pointer();
      break;
    case SYS_DUP2:
      a[0] = fd_avoiding(true);
      a[1] = fd_argument();
      break;
    case SYS_MMAP:
      a[0] = map_address();
      a[1] = percent(90) ? below(16 * 4096) : random64();
      a[2] = below(2);
      a[3] = fd_argument();
      a[4] = percent(80) ? below(4) * 4096 : random64();
      break;
    case SYS_MUNMAP:
      a[0] = map_address();
      break;
    default:
      break;
  }

  long result = syscall_raw(nr, a[0], a[1], a[2], a[3], a[4], a[5]);
  if (nr == SYS_FORK && result == 0) exit(0);
}

/* Records in SLOT of the progress file that COUNT calls were made. */
void report(int slot, long count) {
  seek(progress_fd, slot * sizeof count);
  write(progress_fd, &count, sizeof count);
}

/* Under pressure: a fuzzing child writes one more of its pages (all of
 * them, the first time), so its memory keeps moving through swap too. */
void press(long call) {
  if (pressure_pages == 0) return;
  if (call == 0) {
    for (size_t p = 0; p < CHILD_PAGES; p++) ballast[p][0] = (char)p;
  } else {
    ballast[(size_t)call % CHILD_PAGES][call % 4096] = (char)call;
  }
}

/* Body of one child in worker SLOT: CHUNK calls seeded by SEED. */
[[noreturn]] void fuzz_child(int slot, uint64_t seed) {
  random_init((unsigned)(seed + 1 + (uint64_t)seed_base * 1000003));
  report(slot, 0);
  for (int i = 0; i < 4; i++) {
    create(names[i], 0);
    open(names[i]);
  }
  press(0);
  for (long i = 1; i <= CHUNK; i++) {
    fuzz_once();
    press(i);
    if (i % 4 == 0) report(slot, i);
  }
  exit(0);
}

pid_t start_child(int slot, long number) {
  pid_t pid = fork("fuzz");
  if (pid == 0) fuzz_child(slot, number);
  if (pid == PID_ERROR) fail("fork failed");
  return pid;
}

/* The number of calls the last child in SLOT recorded. */
long reported(int slot) {
  long count = 0;
  seek(progress_fd, slot * sizeof count);
  if (read(progress_fd, &count, sizeof count) != sizeof count) fail("cannot read \"fuzzprog\"");
  return count;
}

/* Opens "fuzzprog" as an fd above the range the random calls use. */
void open_progress_file(void) {
  int fds[16], n = 0;
  if (!create("fuzzprog", (WORKERS + 1) * sizeof(long))) fail("cannot create \"fuzzprog\"");
  do {
    if ((fds[n] = open("fuzzprog")) < 0) fail("cannot open \"fuzzprog\"");
  } while (fds[n++] < 12 && n < 16);
  progress_fd = fds[n - 1];
  if (progress_fd < 12) fail("fds stay below 12");
  for (int i = 0; i < n - 1; i++) close(fds[i]);
}

/* Slot WORKERS of the progress file: nonzero once the hog must stop. */
bool hog_must_stop(void) { return reported(WORKERS) != 0; }

/* Starts the hog: it rewrites the first PRESSURE_PAGES of the ballast, over
 * and over, until the parent reports the stop sign in slot WORKERS. */
pid_t start_hog(void) {
  report(WORKERS, 0);
  pid_t pid = fork("hog");
  if (pid == PID_ERROR) fail("fork failed");
  if (pid != 0) return pid;
  for (long round = 1;; round++)
    for (size_t p = 0; p < pressure_pages; p++) {
      ballast[p][round % 4096] = (char)round;
      if (p % 64 == 0 && hog_must_stop()) exit(0);
    }
}

/* Keeps WORKERS children fuzzing until they report TARGET calls; returns
 * the number of calls made. */
long fuzz(void) {
  open_progress_file();
  pid_t hog = pressure_pages != 0 ? start_hog() : PID_ERROR;

  pid_t workers[WORKERS];
  long started = 0, calls = 0;
  for (int w = 0; w < WORKERS; w++) workers[w] = start_child(w, started++);

  while (calls < target) {
    for (int w = 0; w < WORKERS; w++) {
      wait(workers[w]);
      calls += reported(w);
      if (started >= MAX_CHILDREN) fail("too many children killed");
      workers[w] = start_child(w, started++);
    }
  }
  for (int w = 0; w < WORKERS; w++) {
    wait(workers[w]);
    calls += reported(w);
  }
  if (hog != PID_ERROR) {
    report(WORKERS, 1);
    wait(hog);
  }
  return calls;
}

}  // namespace

int main(int argc, char *argv[]) {
  test_name = "syscall-fuzz";
  if (argc == 1) {
    msg("begin");
    msg("%d processes make at least %ld random system calls", WORKERS, target);
    fuzz();
    msg("the kernel survived");
    msg("end");
    return 0;
  }
  if (argc != 4) fail("usage: syscall-fuzz [CALLS SEED PRESSURE-KB]");
  target = atoi(argv[1]);
  seed_base = (unsigned)atoi(argv[2]);
  pressure_pages = (size_t)atoi(argv[3]) / 4;
  if (target <= 0 || pressure_pages > BALLAST_PAGES) fail("bad arguments");
  long calls = fuzz();
  msg("fuzz: %ld calls, seed %u, pressure %zu KiB: the kernel survived", calls, seed_base,
      pressure_pages * 4);
  return 0;
}
