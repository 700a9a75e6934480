/* tests/userprog/read-stdout.c -- reading fd 1 fails or kills, never
 * blocks. */
#include <stdio.h>

#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  char buf;
  read(STDOUT_FILENO, &buf, 1);
}
