/* tests/vm/pt-grow-stk-sc.c -- the stack grows when the kernel, inside
 * read(), is the first to touch the new pages. */
#include <string.h>

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/sample.inc"

void test_main(void) {
  int fd;
  int slen = strlen(sample);
  char buf2[65536];

  CHECK(create("sample.txt", slen), "create \"sample.txt\"");
  CHECK((fd = open("sample.txt")) > 1, "open \"sample.txt\"");
  CHECK(write(fd, sample, slen) == slen, "write \"sample.txt\"");
  close(fd);

  CHECK((fd = open("sample.txt")) > 1, "2nd open \"sample.txt\"");
  CHECK(read(fd, buf2 + 32768, slen) == slen, "read \"sample.txt\"");
  CHECK(!memcmp(sample, buf2 + 32768, slen), "compare written data against read data");
  close(fd);
}
