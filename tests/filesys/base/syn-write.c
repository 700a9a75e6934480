/* tests/filesys/base/syn-write.c -- ten processes each write their own
 * 512-byte chunk of one file at the same time. */
#include <random.h>

#include "tests/filesys/base/syn-write.h"
#include "tests/lib.h"
#include "tests/main.h"

static char buf1[BUF_SIZE];
static char buf2[BUF_SIZE];

void test_main(void) {
  pid_t children[CHILD_CNT];
  int fd;

  CHECK(create(file_name, sizeof buf1), "create \"%s\"", file_name);
  exec_children("child-syn-wrt", children, CHILD_CNT);
  wait_children(children, CHILD_CNT);

  CHECK((fd = open(file_name)) > 1, "open \"%s\"", file_name);
  CHECK(read(fd, buf1, sizeof buf1) > 0, "read \"%s\"", file_name);
  random_bytes(buf2, sizeof buf2);
  compare_bytes(buf1, buf2, sizeof buf1, 0, file_name);
}
