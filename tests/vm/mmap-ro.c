/* tests/vm/mmap-ro.c -- a mapping made with writable = 0 is read-only: a
 * write into it kills the process (so "Error should have occured" never
 * prints). */
#include <syscall.h>

#include "tests/lib.h"
#include "tests/main.h"

#define ACTUAL ((void *)0x10000000)

void test_main(void) {
  int fd;
  void *map;
  CHECK((fd = open("large.txt")) > 1, "open \"large.txt\"");
  CHECK((map = mmap(ACTUAL, 4096, 0, fd, 0)) != MAP_FAILED, "mmap \"large.txt\" with writable=0");
  msg("about to write into read-only mmap'd memory");
  *(volatile int *)map = 0;
  msg("Error should have occured");
  munmap(map);
  close(fd);
}
