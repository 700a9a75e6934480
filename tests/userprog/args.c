/* tests/userprog/args.c -- prints its command-line arguments.
 *
 * Built as args-none, args-single, args-multiple, args-many,
 * args-dbl-space and child-args (see Make.tests): each prints argc, every
 * argv[i] and the NULL argv[argc], checking the stack layout the kernel
 * builds (abi.md "Process start"). */
#include <stdint.h>

#include "tests/lib.h"

int main(int argc, char *argv[]) {
  test_name = "args";
  if ((uintptr_t)argv % 8 != 0) msg("argv and stack must be word-aligned, actually %p", argv);

  msg("begin");
  msg("argc = %d", argc);
  for (int i = 0; i <= argc; i++) {
    if (argv[i] != NULL)
      msg("argv[%d] = '%s'", i, argv[i]);
    else
      msg("argv[%d] = null", i);
  }
  msg("end");
  return 0;
}
