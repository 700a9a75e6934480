/* tests/userprog/dup2/dup2-complex.c -- dup2() under stress.
 *
 * With stdin closed, sample.txt is read into one buffer in pieces through
 * a shifting set of fds: two independent opens, aliases made with dup2()
 * (sharing one position), aliases replaced while in use, nested dup2()
 * calls and a dup2() of an invalid fd (which fails and closes nothing).
 * Then stdout itself is moved: an alias of the console prints a marker,
 * fd 1 is pointed at the file "up" (so msg() goes there, unseen), and a
 * forked child, whose fds are copies with the aliases kept, reads the next
 * 20 bytes and writes them into the file "cheer" for the parent; its exit
 * status (110) tells the parent where the reading stands.  The parent puts
 * the console back on fd 1 and checks that the pieces make the sample.
 *
 * On the console: the three CHECK lines, the marker, the child's exit
 * line and "Parent success" (no begin/end: this program has its own
 * main()). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syscall.h>

#include "tests/lib.h"
#include "tests/userprog/boundary.h"
#include "tests/userprog/sample.inc"

static char marker[] = "Pintos is funny\n";

int main(void) {
  test_name = "dup2-complex";
  int a, b;                          /* two opens of sample.txt */
  int alias = 0x1CE;                 /* a high fd number */
  int invalid = 0x1CE - 0xC0FFEE;    /* negative: never a valid fd */
  int console, up;
  char *buf;
  int got = 0;

  close(0);
  CHECK((a = open("sample.txt")) > -1, "open \"sample.txt\"");
  CHECK((b = open("sample.txt")) > -1, "open \"sample.txt\"");
  buf = get_boundary_area() - sizeof sample / 2;

  /* Bytes 0-9 through A, 10-19 through B, 20-29 through B's alias. */
  got += read(a, buf + got, 10);
  seek(b, 10);
  got += read(b, buf + got, 10);
  CHECK(dup2(b, alias) > 1, "first dup2()");
  got += read(alias, buf + got, 10);

  /* A re-reads 15-29 and goes on to 44 (the overlap is the same bytes). */
  seek(a, 15);
  got += read(a, buf + 15, 30) - 15;

  /* B becomes an alias of A, then (outer call) of ALIAS again; ALIAS onto
   * itself changes nothing.  Moving B to A's position moves ALIAS too. */
  dup2(dup2(alias, alias), dup2(a, b));
  seek(b, tell(a));

  /* dup2() of an invalid fd returns -1 and leaves A open: 15 bytes. */
  got += read(b, buf + got, 17 + 2 * dup2(invalid, a));

  /* Only ALIAS is left; then B and A become its aliases again. */
  close(a);
  close(b);
  seek(alias, 60);
  got += read(alias, buf + got, 10);
  dup2(dup2(alias, b), a);
  got += read(b, buf + got, 10);
  got += read(a, buf + got, 10);

  /* Keep the console on the first free fd from 10 up, print the marker
   * through it, then send fd 1 into "up". */
  for (console = 10; console == a || console == b || console == alias || console == invalid;
       console++)
    continue;
  dup2(1, console);
  write(console, marker, sizeof marker - 1);

  create("cheer", sizeof sample);
  create("up", sizeof sample);
  int cheer = open("cheer");
  up = open("up");
  dup2(up, 1);

  /* Into "up": how far the parent has read; into "cheer": the same. */
  msg("%d", got);
  snprintf(marker, sizeof marker, "%d", got);
  write(cheer, marker, strlen(marker));

  pid_t pid = fork("child");
  if (pid == 0) {
    msg("child begin");
    /* B becomes an alias of CHEER, A one of ALIAS (at the parent's
     * reading position, copied by fork). */
    close(a);
    close(b);
    dup2(cheer, b);
    dup2(alias, a);

    seek(b, 0);
    int n = read(b, marker, 3);
    msg("%d", n);
    int pos = atoi(marker);
    msg("%d", pos);

    /* The next 20 bytes of the sample go into "cheer" for the parent. */
    read(a, buf, 20);
    seek(cheer, 0);
    pos += write(cheer, buf, 20);

    close(a);
    close(b);
    close(alias);
    close(cheer);
    close(console);
    close(up);
    seek(cheer, 0); /* a closed fd: ignored */
    msg("child end");
    exit(pos);
  }

  /* The parent: console back on fd 1, the child's 20 bytes from "cheer",
   * then the rest of the sample from where the child's status says. */
  int pos = wait(pid);
  dup2(console, 1);

  seek(cheer, 0);
  got += read(cheer, buf + got, 20);
  close(cheer);

  seek(b, pos);
  got += read(b, buf + got, sizeof sample - got);

  seek(1, 0); /* the console: no position, ignored */

  if (strcmp(sample, buf) != 0) {
    msg("expected text:\n%s", sample);
    msg("text actually read:\n%s", buf);
    fail("expected text differs from actual");
  }
  msg("Parent success");
  close(1);
  return 0;
}
