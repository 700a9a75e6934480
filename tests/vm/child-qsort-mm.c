/* tests/vm/child-qsort-mm.c -- "child-qsort-mm FILE": maps FILE (128 kB)
 * and sorts it in place; the mapping is written back at exit.  Exits with
 * 80. */
#include "tests/lib.h"
#include "tests/vm/qsort.h"

int main(int argc UNUSED, char *argv[]) {
  int fd;
  unsigned char *p = (unsigned char *)0x10000000;
  test_name = "child-qsort-mm";
  quiet = true;
  CHECK((fd = open(argv[1])) > 1, "open \"%s\"", argv[1]);
  CHECK(mmap(p, 1024 * 128, 1, fd, 0) != MAP_FAILED, "mmap \"%s\"", argv[1]);
  qsort_bytes(p, 1024 * 128);
  return 80;
}
