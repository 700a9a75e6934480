/* tests/vm/mmap-twice.c -- one file mapped twice, at two addresses. */
#include <string.h>

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/sample.inc"

void test_main(void) {
  char *actual[2] = {(char *)0x10000000, (char *)0x20000000};
  int fd[2];

  for (size_t i = 0; i < 2; i++) {
    CHECK((fd[i] = open("sample.txt")) > 1, "open \"sample.txt\" #%zu", i);
    CHECK(mmap(actual[i], 4096, 0, fd[i], 0) != MAP_FAILED, "mmap \"sample.txt\" #%zu at %p", i,
          (void *)actual[i]);
  }
  for (size_t i = 0; i < 2; i++)
    CHECK(!memcmp(actual[i], sample, strlen(sample)), "compare mmap'd file %zu against data", i);
}
