/* tests/filesys/extended/symlink-file.c -- grows two files through
 * symbolic links (one a link to a link), then makes and removes many
 * more links to "a", and checks both files. */
#include <random.h>
#include <stdio.h>

#include "tests/filesys/extended/write-some.h"
#include "tests/lib.h"
#include "tests/main.h"

#define FILE_SIZE 72943
static char buf_a[FILE_SIZE];
static char buf_b[FILE_SIZE];

#define DISK_SIZE (2 << 20)
#define MAX_FILE_NR (DISK_SIZE / FILE_SIZE)

void test_main(void) {
  int fd_a, fd_b, fd_c;
  size_t ofs_a = 0, ofs_b = 0;
  char fname[15];
  random_init(0);
  random_bytes(buf_a, sizeof buf_a);
  random_bytes(buf_b, sizeof buf_b);

  CHECK(create("a", 0), "create \"a\"");
  CHECK(create("b", 0), "create \"b\"");
  CHECK(symlink("./a", "link_a") == 0, "create symlink \"link_a\"");
  CHECK(symlink("./b", "link_b") == 0, "create symlink \"link_b\"");
  CHECK(symlink("./link_b", "link_c") == 0, "create symlink \"link_c\"");
  CHECK((fd_a = open("link_a")) > 1, "open \"link_a\"");
  CHECK((fd_b = open("link_b")) > 1, "open \"link_b\"");
  CHECK((fd_c = open("link_c")) > 1, "open \"link_c\"");

  msg("write \"link_a\" and \"link_b\" alternately");
  while (ofs_a < FILE_SIZE || ofs_b < FILE_SIZE) {
    write_some_bytes("a", fd_a, buf_a, FILE_SIZE, &ofs_a);
    write_some_bytes("b", fd_b, buf_b, FILE_SIZE, &ofs_b);
  }
  msg("close \"link_a\"");
  close(fd_a);
  msg("close \"link_b\"");
  close(fd_b);
  msg("close \"link_c\"");
  close(fd_c);

  for (int i = 0; i < 2 * MAX_FILE_NR; i++) {
    snprintf(fname, sizeof fname, "link_%d", i);
    if (symlink("./a", fname)) fail("failed to create symlink: %s", fname);
  }
  for (int i = 0; i < 2 * MAX_FILE_NR; i++) {
    snprintf(fname, sizeof fname, "link_%d", i);
    if (!remove(fname)) fail("failed to remove symlink: %s", fname);
  }

  check_file("a", buf_a, FILE_SIZE);
  check_file("b", buf_b, FILE_SIZE);
}
