/* tests/vm/mmap-inherit.c -- exec() drops the mappings the process had:
 * child-inherit cannot touch them, and the parent's stay intact. */
#include <string.h>

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/sample.inc"

void test_main(void) {
  char *actual = (char *)0x54321000;
  int fd;
  pid_t child;

  CHECK((fd = open("sample.txt")) > 1, "open \"sample.txt\"");
  CHECK(mmap(actual, 4096, 0, fd, 0) != MAP_FAILED, "mmap \"sample.txt\"");
  if (memcmp(actual, sample, strlen(sample))) fail("read of mmap'd file reported bad data");

  child = fork("child-inherit");
  if (child == 0) {
    /* The child announces the exec itself; child-inherit then reports its
     * own begin before it faults. */
    CHECK(exec("child-inherit") != -1, "exec \"child-inherit\"");
  } else {
    quiet = true;
    CHECK(wait(child) == -1, "wait for child (should return -1)");
    quiet = false;
  }

  CHECK(!memcmp(actual, sample, strlen(sample)), "checking that mmap'd file still has same data");
}
