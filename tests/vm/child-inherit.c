/* tests/vm/child-inherit.c -- writes where its parent had a mapping
 * before exec(); must be killed. */
#include <string.h>

#include "tests/lib.h"

int main(void) {
  test_name = "child-inherit";
  memset((char *)0x54321000, 0, 4096);
  fail("child can modify parent's memory mappings");
}
