/* tests/vm/page-linear.c -- walks a 2 MB array several times in order,
 * reading and writing. */
#include <string.h>

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/arc4.h"

#define SIZE (2 * 1024 * 1024)

static char buf[SIZE];

static void check_all_5a(void) {
  for (size_t i = 0; i < SIZE; i++)
    if (buf[i] != 0x5a) fail("byte %zu != 0x5a", i);
}

void test_main(void) {
  struct arc4 arc4;

  msg("initialize");
  memset(buf, 0x5a, sizeof buf);

  msg("read pass");
  check_all_5a();

  msg("read/modify/write pass one");
  arc4_init(&arc4, "foobar", 6);
  arc4_crypt(&arc4, buf, SIZE);

  msg("read/modify/write pass two");
  arc4_init(&arc4, "foobar", 6);
  arc4_crypt(&arc4, buf, SIZE);

  msg("read pass");
  check_all_5a();
}
