/* tests/vm/mmap-off.c -- mmap() at a page-aligned offset: the page at
 * offset 0x1000 of large.txt is mapped and compared, then zeroed through
 * the mapping; after munmap the file holds its first page unchanged and
 * zeros in its second. */
#include <string.h>
#include <syscall.h>

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/large.inc"

static char zeros[0x1000];

/* Prints "validated." if SIZE bytes at A and B agree, fails otherwise. */
static void validate(const void *a, const void *b, size_t size) {
  if (memcmp(a, b, size) != 0) fail("validate fail.");
  msg("validated.");
}

void test_main(void) {
  char *map_at = (char *)0x10000000;
  char buf[0x1000];
  int fd;

  CHECK((fd = open("large.txt")) > 1, "open \"large.txt\"");
  CHECK(mmap(map_at, 4096, 1, fd, 0x1000) == map_at, "try to mmap with offset 0x1000");
  close(fd);

  msg("validate mmap.");
  validate(map_at, &large[0x1000], 0x1000);

  msg("write to mmap");
  memset(zeros, 0, sizeof zeros);
  memcpy(map_at, zeros, sizeof zeros);
  munmap(map_at);

  msg("validate contents.");
  CHECK((fd = open("large.txt")) > 1, "open \"large.txt\"");
  CHECK(read(fd, buf, 0x1000) == 0x1000, "read \"large.txt\" Page 0");
  msg("validate page 0.");
  validate(buf, large, 0x1000);
  CHECK(read(fd, buf, 0x1000) == 0x1000, "read \"large.txt\" Page 1");
  msg("validate page 1.");
  validate(buf, zeros, 0x1000);
  close(fd);

  msg("success");
}
