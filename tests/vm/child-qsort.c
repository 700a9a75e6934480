/* tests/vm/child-qsort.c -- "child-qsort FILE": sorts FILE (128 kB) in a
 * buffer on the stack; exits with 72. */
#include "tests/lib.h"
#include "tests/vm/qsort.h"

int main(int argc UNUSED, char *argv[]) {
  int fd;
  unsigned char buf[128 * 1024];
  test_name = "child-qsort";
  quiet = true;
  CHECK((fd = open(argv[1])) > 1, "open \"%s\"", argv[1]);
  size_t size = read(fd, buf, sizeof buf);
  qsort_bytes(buf, sizeof buf);
  seek(fd, 0);
  write(fd, buf, size);
  close(fd);
  return 72;
}
