/* tests/filesys/extended/grow-two-files.c -- grows two files side by
 * side, then checks both. */
#include <random.h>

#include "tests/filesys/extended/write-some.h"
#include "tests/lib.h"
#include "tests/main.h"

#define FILE_SIZE 8143
static char buf_a[FILE_SIZE];
static char buf_b[FILE_SIZE];

void test_main(void) {
  int fd_a, fd_b;
  size_t ofs_a = 0, ofs_b = 0;
  random_init(0);
  random_bytes(buf_a, sizeof buf_a);
  random_bytes(buf_b, sizeof buf_b);

  CHECK(create("a", 0), "create \"a\"");
  CHECK(create("b", 0), "create \"b\"");
  CHECK((fd_a = open("a")) > 1, "open \"a\"");
  CHECK((fd_b = open("b")) > 1, "open \"b\"");

  msg("write \"a\" and \"b\" alternately");
  while (ofs_a < FILE_SIZE || ofs_b < FILE_SIZE) {
    write_some_bytes("a", fd_a, buf_a, FILE_SIZE, &ofs_a);
    write_some_bytes("b", fd_b, buf_b, FILE_SIZE, &ofs_b);
  }
  msg("close \"a\"");
  close(fd_a);
  msg("close \"b\"");
  close(fd_b);

  check_file("a", buf_a, FILE_SIZE);
  check_file("b", buf_b, FILE_SIZE);
}
