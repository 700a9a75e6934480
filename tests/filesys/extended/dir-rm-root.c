/* tests/filesys/extended/dir-rm-root.c -- the root cannot be removed, and
 * still works afterwards. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  CHECK(!remove("/"), "remove \"/\" (must fail)");
  CHECK(create("/a", 243), "create \"/a\"");
}
