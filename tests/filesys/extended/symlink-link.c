/* tests/filesys/extended/symlink-link.c -- a chain of three links made
 * before their target exists (dangling), then a file grown through the
 * end of the chain and read through every name. */
#include <random.h>

#include "tests/filesys/extended/write-some.h"
#include "tests/lib.h"
#include "tests/main.h"

#define FILE_SIZE 72943
static char buf_a[FILE_SIZE];

void test_main(void) {
  int fd;
  size_t ofs = 0;
  random_init(0);
  random_bytes(buf_a, sizeof buf_a);

  CHECK(symlink("file", "link_a") == 0, "create symlink \"link_a\"");
  CHECK(symlink("link_a", "link_b") == 0, "create symlink \"link_b\"");
  CHECK(symlink("link_b", "link_c") == 0, "create symlink \"link_c\"");
  CHECK(create("file", 0), "create \"file\"");
  CHECK((fd = open("link_c")) > 1, "open \"link_c\"");

  msg("write \"link_c\"");
  while (ofs < FILE_SIZE) write_some_bytes("link_c", fd, buf_a, FILE_SIZE, &ofs);
  msg("close \"link_c\"");
  close(fd);

  check_file("file", buf_a, FILE_SIZE);
  check_file("link_a", buf_a, FILE_SIZE);
  check_file("link_b", buf_a, FILE_SIZE);
  check_file("link_c", buf_a, FILE_SIZE);
}
