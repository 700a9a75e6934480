/* tests/vm/pt-grow-bad.c -- reading 4 kB below the stack pointer is not
 * stack growth: the process is killed. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  asm volatile("movq -4096(%%rsp), %%rax" ::: "rax");
  fail("read below the stack pointer succeeded");
}
