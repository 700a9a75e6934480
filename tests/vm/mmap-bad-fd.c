/* tests/vm/mmap-bad-fd.c -- mmap() of an fd that was never opened fails (or kills). */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  CHECK(mmap((void *)0x10000000, 4096, 0, 0x5678, 0) == MAP_FAILED, "try to mmap invalid fd");
}
