/* tests/filesys/extended/dir-rm-parent.c -- a parent of the working
 * directory is not empty, so it cannot be removed. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  CHECK(mkdir("a"), "mkdir \"a\"");
  CHECK(chdir("a"), "chdir \"a\"");
  CHECK(mkdir("b"), "mkdir \"b\"");
  CHECK(chdir("b"), "chdir \"b\"");
  CHECK(!remove("/a"), "remove \"/a\" (must fail)");
}
