/* tests/vm/page-shuffle.c -- shuffles a 128 kB array ten times (random
 * access all over it), printing a checksum after each pass. */
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/cksum.h"

static char buf[128 * 1024];

void test_main(void) {
  for (size_t i = 0; i < sizeof buf; i++) buf[i] = (char)(i * 257);
  msg("init: cksum=%lu", cksum(buf, sizeof buf));

  for (size_t i = 0; i < 10; i++) {
    shuffle(buf, sizeof buf, 1);
    msg("shuffle %zu: cksum=%lu", i, cksum(buf, sizeof buf));
  }
}
