/* tests/filesys/extended/symlink-dir.c -- a file made and grown through
 * a symbolic link to a directory, then checked by its real path. */
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

  CHECK(mkdir("/a"), "mkdir \"/a\"");
  CHECK(mkdir("a/b"), "mkdir \"a/b\"");
  CHECK(symlink("/a/b", "/a/link_b") == 0, "create symlink \"a/link_b\"");
  CHECK(create("a/link_b/file", 0), "create \"a/link_b/file\"");
  CHECK((fd = open("/a/link_b/file")) > 1, "open \"file\"");

  msg("write \"file\"");
  while (ofs < FILE_SIZE) write_some_bytes("a/link_b/file", fd, buf_a, FILE_SIZE, &ofs);
  msg("close \"file\"");
  close(fd);

  check_file("a/b/file", buf_a, FILE_SIZE);
}
