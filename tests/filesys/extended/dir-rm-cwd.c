/* tests/filesys/extended/dir-rm-cwd.c -- removes the working directory.
 * Either outcome is allowed (this kernel lets the removal succeed: see
 * filesys/directory.h); each has its own rules, checked here. */
#include "tests/lib.h"
#include "tests/main.h"

/* Opens NAME, failing if the fd is not new. */
static int open_unique(const char *name) {
  static int fds[8];
  static int fd_cnt;
  int fd;
  CHECK((fd = open(name)) > 1, "open \"%s\"", name);
  for (int i = 0; i < fd_cnt; i++)
    if (fds[i] == fd) fail("fd returned is not unique");
  fds[fd_cnt++] = fd;
  return fd;
}

void test_main(void) {
  char name[READDIR_MAX_LEN + 1];
  int root_fd = open_unique("/");
  CHECK(mkdir("a"), "mkdir \"a\"");
  int a_fd0 = open_unique("/a");
  CHECK(!readdir(a_fd0, name), "verify \"/a\" is empty");
  CHECK(inumber(root_fd) != inumber(a_fd0), "\"/\" and \"/a\" must have different inumbers");
  CHECK(chdir("a"), "chdir \"a\"");

  msg("try to remove \"/a\"");
  if (remove("/a")) {
    msg("remove successful");
    CHECK(open("/a") == -1, "open \"/a\" (must fail)");
    CHECK(open(".") == -1, "open \".\" (must fail)");
    CHECK(open("..") == -1, "open \"..\" (must fail)");
    CHECK(!create("x", 512), "create \"x\" (must fail)");
  } else {
    msg("remove failed");
    CHECK(!remove("../a"), "try to remove \"../a\" (must fail)");
    CHECK(!remove(".././a"), "try to remove \".././a\" (must fail)");
    CHECK(!remove("/./a"), "try to remove \"/./a\" (must fail)");
    int a_fd1 = open_unique("/a");
    int a_fd2 = open_unique(".");
    CHECK(inumber(a_fd1) == inumber(a_fd2), "\"/a\" and \".\" must have same inumber");
    CHECK(inumber(root_fd) != inumber(a_fd1), "\"/\" and \"/a\" must have different inumbers");
    CHECK(chdir("/a"), "chdir \"/a\"");
    int a_fd3 = open_unique(".");
    CHECK(inumber(a_fd3) == inumber(a_fd1), "\".\" must have same inumber as before");
    CHECK(chdir("/"), "chdir \"/\"");
    CHECK(!remove("a"), "try to remove \"a\" (must fail: still open)");
  }
  CHECK(!readdir(a_fd0, name), "verify \"/a\" is empty");
}
