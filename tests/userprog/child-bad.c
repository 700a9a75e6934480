/* tests/userprog/child-bad.c -- dies on a bad memory access (exit -1). */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  /* Point the stack far outside any mapping, then push onto it. */
  asm volatile("movq $0x20101234, %%rsp; pushq $0" ::: "memory");
  fail("should have exited with -1");
}
