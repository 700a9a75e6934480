/* tests/filesys/ours/path-long.cc -- a path of 100 components: 100 nested
 * directories made one level at a time by absolute paths, a file at the
 * bottom, reached by an absolute path, a relative one with "." and "..",
 * and repeated and trailing slashes.  A 15-character component and a path
 * over 1,023 characters are refused (never truncated). */
#include <stdio.h>
#include <string.h>

/* The test library is C; its headers may be the standard ones, which do
 * not say so themselves. */
extern "C" {
#include "tests/lib.h"
#include "tests/main.h"
}

#define DEPTH 100

static char path[2048];

void test_main(void) {
  int fd;
  msg("mkdir 100 levels: /p/p/.../p");
  quiet = true;
  path[0] = '\0';
  for (int i = 0; i < DEPTH; i++) {
    strlcat(path, "/p", sizeof path);
    CHECK(mkdir(path), "mkdir level %d", i + 1);
  }
  quiet = false;
  strlcat(path, "/file", sizeof path);
  CHECK(create(path, 10), "create a file 100 directories down (%zu characters)", strlen(path));
  CHECK((fd = open(path)) > 1, "open it by its absolute path");
  int ino = inumber(fd);
  close(fd);

  /* The same file by a relative path: go down 50, then ".." and "." back
   * and forth, then the remaining 50 levels, with doubled slashes. */
  char rel[1024] = "";
  for (int i = 0; i < 50; i++) strlcat(rel, "p/", sizeof rel);
  CHECK(chdir(rel), "chdir 50 levels down");
  strlcpy(rel, "./../p/.//", sizeof rel);
  for (int i = 0; i < 50; i++) strlcat(rel, "p//", sizeof rel);
  strlcat(rel, "file", sizeof rel);
  CHECK((fd = open(rel)) > 1 && inumber(fd) == ino, "open it by a relative path");
  close(fd);
  CHECK(chdir("../../p/p/"), "chdir with \"..\" and a trailing slash");
  CHECK(chdir("/"), "chdir \"/\"");

  CHECK(!mkdir("/p/fifteen-chars-x"), "mkdir a 15-character name (must fail)");
  CHECK(!create("/p/fifteen-chars-x/f", 0), "create under a 15-character name (must fail)");
  CHECK(mkdir("/p/fourteen-chars"), "mkdir a 14-character name");
  char long_path[1100];
  long_path[0] = '\0';
  while (strlen(long_path) < 1030) strlcat(long_path, "/p", sizeof long_path);
  CHECK(open(long_path) == -1, "open a path of %zu characters (must fail)", strlen(long_path));
  CHECK(!create("p/file/x", 0), "create under a file (must fail)");
  CHECK(open("/p/") > 1, "open \"/p/\"");
  CHECK(open("/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/"
             "p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/"
             "p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/p/file/") == -1,
        "open a file with a trailing slash (must fail)");
}
