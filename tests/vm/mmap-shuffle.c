/* tests/vm/mmap-shuffle.c -- shuffles a 128 kB mapped file ten times,
 * printing a checksum after each pass. */
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/cksum.h"

#define SIZE (128 * 1024)

void test_main(void) {
  char *buf = (char *)0x10000000;
  int fd;

  CHECK(create("buffer", SIZE), "create \"buffer\"");
  CHECK((fd = open("buffer")) > 1, "open \"buffer\"");
  CHECK(mmap(buf, SIZE, 1, fd, 0) != MAP_FAILED, "mmap \"buffer\"");

  for (size_t i = 0; i < SIZE; i++) buf[i] = (char)(i * 257);
  msg("init: cksum=%lu", cksum(buf, SIZE));
  for (size_t i = 0; i < 10; i++) {
    shuffle(buf, SIZE, 1);
    msg("shuffle %zu: cksum=%lu", i, cksum(buf, SIZE));
  }
}
