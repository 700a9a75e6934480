/* tests/vm/child-mm-wrt.c -- creates sample.txt, fills it through a
 * mapping and exits without munmap(). */
#include <string.h>

#include "tests/lib.h"
#include "tests/vm/sample.inc"

#define ACTUAL ((void *)0x10000000)

int main(void) {
  int fd;
  test_name = "child-mm-wrt";
  msg("begin");
  CHECK(create("sample.txt", sizeof sample), "create \"sample.txt\"");
  CHECK((fd = open("sample.txt")) > 1, "open \"sample.txt\"");
  CHECK(mmap(ACTUAL, sizeof sample, 1, fd, 0) != MAP_FAILED, "mmap \"sample.txt\"");
  memcpy(ACTUAL, sample, sizeof sample);
  msg("end");
  return 0;
}
