/* A sample standard-format test (see Make.tests.in): reads a file put into
   the file system, prints its checksum and the first pseudo-random number
   (the checker recomputes both in Perl), then runs a child with
   arguments. */

#include <random.h>
#include <stdio.h>
#include <syscall.h>
#include "tests/cksum.h"
#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  static char buf[4096];
  int fd, size, status;
  pid_t pid;

  CHECK ((fd = open ("data.txt")) > 1, "open \"data.txt\"");
  size = read (fd, buf, sizeof buf);
  CHECK (size > 0, "read \"data.txt\"");
  msg ("cksum: %lu", cksum (buf, size));
  msg ("random: %lu", random_ulong ());

  pid = fork ("dropin-child");
  if (pid == 0)
    exec ("dropin-child two  words");
  status = wait (pid);    /* first, so that the child's lines come first */
  CHECK (pid > 0, "fork");
  msg ("child: %d", status);
}
