/* tests/vm/child-linear.c -- "child-linear [KEY]": encrypts and decrypts
 * a 1 MB array, checks it is zero again, exits with 0x42. */
#include <string.h>

#include "tests/lib.h"
#include "tests/arc4.h"

#define SIZE (1024 * 1024)

static char buf[SIZE];

int main(int argc, char *argv[]) {
  const char *key = argc > 1 ? argv[1] : "foobar";
  struct arc4 arc4;
  test_name = "child-linear";
  quiet = true;

  arc4_init(&arc4, key, strlen(key));
  arc4_crypt(&arc4, buf, SIZE);
  arc4_init(&arc4, key, strlen(key));
  arc4_crypt(&arc4, buf, SIZE);

  for (size_t i = 0; i < SIZE; i++)
    if (buf[i] != '\0') fail("byte %zu != 0", i);
  return 0x42;
}
