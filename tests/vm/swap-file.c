/* tests/vm/swap-file.c -- a 2 MB file mapping under memory pressure (run
 * with 10 MB of RAM): large.txt is mapped and compared, and the rest of
 * its last page reads as zeros. */
#include <string.h>
#include <syscall.h>

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/large.inc"

void test_main(void) {
  char *map_at = (char *)0x10000000;
  int fd;
  void *map;

  CHECK((fd = open("large.txt")) > 1, "open \"large.txt\"");
  CHECK((map = mmap(map_at, sizeof large, 0, fd, 0)) != MAP_FAILED, "mmap \"large.txt\"");
  if (memcmp(map_at, large, strlen(large)) != 0) fail("read of mmap'd file reported bad data");

  size_t len = strlen(large);
  size_t end = (len + 4095) / 4096 * 4096;
  for (size_t i = len + 1; i < end; i++)
    if (map_at[i] != 0)
      fail("byte %zu of mmap'd region has value %02hhx (should be 0)", i, map_at[i]);

  munmap(map);
  close(fd);
}
