/* tests/vm/pt-write-code2.c -- read() into the code segment kills. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  int fd;
  CHECK((fd = open("sample.txt")) > 1, "open \"sample.txt\"");
  read(fd, (void *)test_main, 1);
  fail("survived reading data into code segment");
}
