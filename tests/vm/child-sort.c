/* tests/vm/child-sort.c -- "child-sort FILE": sorts the bytes of FILE (up
 * to 128 kB) by counting them, in a static buffer; exits with 123. */
#include "tests/lib.h"

static unsigned char buf[128 * 1024];
static size_t histogram[256];

int main(int argc UNUSED, char *argv[]) {
  int fd;
  test_name = "child-sort";
  quiet = true;
  CHECK((fd = open(argv[1])) > 1, "open \"%s\"", argv[1]);
  size_t size = read(fd, buf, sizeof buf);
  for (size_t i = 0; i < size; i++) histogram[buf[i]]++;

  unsigned char *p = buf;
  for (size_t value = 0; value < 256; value++)
    for (size_t n = histogram[value]; n > 0; n--) *p++ = (unsigned char)value;

  seek(fd, 0);
  write(fd, buf, size);
  close(fd);
  return 123;
}
