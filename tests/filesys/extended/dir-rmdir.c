/* tests/filesys/extended/dir-rmdir.c -- a removed directory is gone. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  CHECK(mkdir("a"), "mkdir \"a\"");
  CHECK(remove("a"), "rmdir \"a\"");
  CHECK(!chdir("a"), "chdir \"a\" (must return false)");
}
