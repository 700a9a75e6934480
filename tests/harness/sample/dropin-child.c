/* The child of the sample test: prints its arguments and exits with
   their count. */

#include <stdio.h>
#include "tests/lib.h"

int
main (int argc, char *argv[])
{
  int i;

  test_name = "dropin-child";
  for (i = 0; i < argc; i++)
    msg ("argv[%d] = '%s'", i, argv[i]);
  return argc;
}
