/* tests/userprog/child-simple.c -- prints "run" and exits with 81. */
#include "tests/lib.h"

int main(void) {
  test_name = "child-simple";
  msg("run");
  return 81;
}
