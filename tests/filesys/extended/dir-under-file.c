/* tests/filesys/extended/dir-under-file.c -- a directory cannot take the
 * name of a file. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  CHECK(create("abc", 0), "create \"abc\"");
  CHECK(!mkdir("abc"), "mkdir \"abc\" (must return false)");
}
