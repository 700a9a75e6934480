/* tests/filesys/extended/dir-mkdir.c -- mkdir, a file inside through a
 * relative path, chdir, and open relative to the new working directory. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  CHECK(mkdir("a"), "mkdir \"a\"");
  CHECK(create("a/b", 512), "create \"a/b\"");
  CHECK(chdir("a"), "chdir \"a\"");
  CHECK(open("b") > 1, "open \"b\"");
}
