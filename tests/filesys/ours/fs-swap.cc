/* tests/filesys/ours/fs-swap.cc -- the file system under memory pressure
 * (run with -m 8 and a swap disk): a 3 MiB buffer that does not fit in
 * the user pool is written to a 1 MiB file piece by piece, so the system
 * calls fault swapped pages back in while the file system allocates and
 * writes; a child reads the file back while the parent rewrites its
 * buffer (more swapping), and a mapping of the file checks it once more.
 * The file stays for the persistence run. */
#include <string.h>

/* The test library is C; its headers may be the standard ones, which do
 * not say so themselves. */
extern "C" {
#include "tests/lib.h"
#include "tests/main.h"
}

#define BUF_SIZE (3 << 20)
#define FILE_SIZE (1 << 20)
#define CHUNK 65536
#define MAP_ADDR ((char *)0x10000000)

static char buf[BUF_SIZE];

/* Byte I of the file (and of the first MiB of the buffer). */
static char pattern(size_t i) { return (char)(i / 4096 * 31 + i % 4096); }

void test_main(void) {
  for (size_t i = 0; i < BUF_SIZE; i++) buf[i] = pattern(i % FILE_SIZE);
  msg("filled a 3 MiB buffer");

  int fd;
  CHECK(create("big", 0) && (fd = open("big")) > 1, "create \"big\"");
  for (size_t ofs = 0; ofs < FILE_SIZE; ofs += CHUNK) {
    /* Each chunk from a different MiB of the buffer: all of it cycles. */
    const char *src = buf + (ofs / CHUNK % 3) * FILE_SIZE + ofs;
    if (write(fd, src, CHUNK) != CHUNK) fail("write at %zu", ofs);
  }
  close(fd);
  msg("wrote 1 MiB from it");

  pid_t pid = fork("fs-swap-child");
  if (pid == 0) {
    static char chunk[CHUNK];
    int cfd = open("big");
    if (cfd < 2) exit(2);
    for (size_t ofs = 0; ofs < FILE_SIZE; ofs += CHUNK) {
      if (read(cfd, chunk, CHUNK) != CHUNK) exit(3);
      for (size_t i = 0; i < CHUNK; i++)
        if (chunk[i] != pattern(ofs + i)) exit(4);
    }
    exit(0);
  }
  CHECK(pid > 0, "fork a child that reads it back");
  for (size_t i = 0; i < FILE_SIZE; i += 512) buf[i] ^= 1; /* 1 MiB of it */
  CHECK(wait(pid) == 0, "the child read it intact");

  CHECK((fd = open("big")) > 1, "open \"big\"");
  CHECK(mmap(MAP_ADDR, FILE_SIZE, 0, fd, 0) == MAP_ADDR, "mmap it");
  size_t bad = FILE_SIZE;
  for (size_t i = 0; i < FILE_SIZE && bad == FILE_SIZE; i++)
    if (MAP_ADDR[i] != pattern(i)) bad = i;
  if (bad != FILE_SIZE) fail("the mapping differs from the file at %zu", bad);
  msg("the mapping holds it");
  munmap(MAP_ADDR);
  close(fd);
}
