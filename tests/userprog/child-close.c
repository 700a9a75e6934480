/* tests/userprog/child-close.c -- "child-close FD": closes FD. */
#include <ctype.h>
#include <stdlib.h>

#include "tests/lib.h"

int main(int argc, char *argv[]) {
  test_name = "child-close";
  msg("begin");
  if (argc != 2 || !isdigit((unsigned char)argv[1][0])) fail("bad command-line arguments");
  close(atoi(argv[1]));
  msg("end");
  return 0;
}
