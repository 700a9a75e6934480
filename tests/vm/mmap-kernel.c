/* tests/vm/mmap-kernel.c -- mmap() must not reach KERN_BASE (0x8004000000)
 * or wrap around the address space. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  int fd;
  CHECK((fd = open("sample.txt")) > 1, "open \"sample.txt\"");
  CHECK(mmap((void *)0x8004000000, 4096, 0, fd, 0) == MAP_FAILED, "try to mmap at KERN_BASE");
  CHECK(mmap((void *)0x8003fff000, 0x2000, 0, fd, 0) == MAP_FAILED,
        "try to mmap across KERN_BASE");
  CHECK(mmap((void *)0xfffffffffffff000, 0x2000, 0, fd, 0) == MAP_FAILED,
        "try to mmap a range that wraps around");
}
