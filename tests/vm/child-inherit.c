/* tests/vm/child-inherit.c -- run by mmap-inherit after exec(): writes
 * where its parent had a mapping before the exec; must be killed. */
#include <string.h>

#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  memset((char *)0x54321000, 0, 4096);
  fail("child can modify parent's memory mappings");
}
