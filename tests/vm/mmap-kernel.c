/* tests/vm/mmap-kernel.c -- mappings over kernel space, or wrapping round
 * the address space, fail. */
#include <stdint.h>

#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  int fd;
  CHECK((fd = open("sample.txt")) > 1, "open \"sample.txt\"");
  const uintptr_t kern_base = 0x8004000000;
  /* A page at KERN_BASE; two pages at the top of the address space (the
   * range wraps); from the page below KERN_BASE a length reaching round
   * to that page again. */
  CHECK(mmap((void *)kern_base, 4096, 0, fd, 0) == MAP_FAILED, "try to mmap over kernel 0");
  CHECK(mmap((void *)0xfffffffffffff000, 0x2000, 0, fd, 0) == MAP_FAILED,
        "try to mmap over kernel 1");
  CHECK(mmap((void *)(kern_base - 0x1000), -kern_base + 0x1000, 0, fd, 0) == MAP_FAILED,
        "try to mmap over kernel 2");
}
