/* tests/vm/swap-file.c -- with 8 MB of RAM, 10 MB of anonymous memory
 * pushes the pages of a file mapping out; they must read back right. */
#include <string.h>

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/large.h"

#define PAGE_SIZE 4096
#define SIZE (10 * 1024 * 1024)

static char big_chunks[SIZE];

void test_main(void) {
  char *actual = (char *)0x10000000;
  int fd;

  make_large_file();
  CHECK((fd = open("large.txt")) > 1, "open \"large.txt\" again");
  CHECK(mmap(actual, LARGE_SIZE, 0, fd, 0) != MAP_FAILED, "mmap \"large.txt\"");
  CHECK(!memcmp(actual, large_data, LARGE_SIZE), "read the mapping");

  for (size_t i = 0; i < SIZE; i += PAGE_SIZE) big_chunks[i] = (char)(i / PAGE_SIZE);
  msg("touched %d pages of anonymous memory", SIZE / PAGE_SIZE);

  CHECK(!memcmp(actual, large_data, LARGE_SIZE), "read the mapping again");
  for (size_t i = 0; i < SIZE; i += PAGE_SIZE)
    if (big_chunks[i] != (char)(i / PAGE_SIZE)) fail("anonymous page %zu is inconsistent", i / PAGE_SIZE);
  msg("anonymous memory is intact");
  munmap(actual);
  close(fd);
}
