/* tests/bench/bench-file.cc -- sequential file throughput through the
 * buffer cache.
 *
 *     bench-file [KB]         (default 1024, at most 4096)
 *
 * Creates "bench.dat", writes KB kilobytes to it sequentially in 4 KiB
 * write() calls and closes it; then opens it again and reads it back the
 * same way.  Each phase is timed as a whole (open to close): file-write
 * and file-read, in TSC ticks; file-bytes says how much moved.  The file
 * is larger than the buffer cache, so both phases reach the disk
 * (run-bench gives this run a larger file-system disk). */
#include <string.h>
#include <syscall.h>

#include "tests/bench/bench.h"

#define CHUNK 4096

static char buf[CHUNK];

int main(int argc, char *argv[]) {
  report_tsc();
  int kb = arg_int(argc, argv, 1, 1024);
  if (kb > 4096 || kb % 4 != 0) bench_fail("KB: a multiple of 4, at most 4096");
  int chunks = kb / 4;
  for (int i = 0; i < CHUNK; i++) buf[i] = (char)i;
  if (!create("bench.dat", 0)) bench_fail("cannot create bench.dat");

  uint64_t t0 = rdtsc();
  int fd = open("bench.dat");
  if (fd < 0) bench_fail("cannot open bench.dat");
  for (int i = 0; i < chunks; i++) {
    buf[0] = (char)i;
    if (write(fd, buf, CHUNK) != CHUNK) bench_fail("short write (disk full?)");
  }
  close(fd);
  uint64_t t1 = rdtsc();

  fd = open("bench.dat");
  if (fd < 0) bench_fail("cannot open bench.dat again");
  for (int i = 0; i < chunks; i++) {
    if (read(fd, buf, CHUNK) != CHUNK) bench_fail("short read");
    if (buf[0] != (char)i || buf[1] != 1) bench_fail("read back other data");
  }
  close(fd);
  uint64_t t2 = rdtsc();

  report("file-bytes", (uint64_t)chunks * CHUNK);
  report("file-write", t1 - t0);
  report("file-read", t2 - t1);
  report_tsc();
  return 0;
}
