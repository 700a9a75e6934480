/* tests/userprog-extra/no-data.c -- a program with no data at all (no
 * .data, no .bss: only code and read-only strings), so that it links to a
 * single PT_LOAD segment (tests/harness/user-segments checks that); it
 * must load and run like any other.  Uses no test library, which has
 * data of its own. */
#include <stdio.h>
#include <string.h>
#include <syscall.h>

static const char line[] = "(no-data) a program without data runs\n";

int
main (void)
{
  write (STDOUT_FILENO, line, strlen (line));
  return 0;
}
