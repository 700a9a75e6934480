/* tests/filesys/extended/dir-over-file.c -- a file cannot take the name
 * of a directory. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  CHECK(mkdir("abc"), "mkdir \"abc\"");
  CHECK(!create("abc", 0), "create \"abc\" (must return false)");
}
