/* tests/userprog/write-stdin.c -- writing fd 0 prints nothing (or kills). */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  char buf = 123;
  write(0, &buf, 1);
}
