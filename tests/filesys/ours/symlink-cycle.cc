/* tests/filesys/ours/symlink-cycle.cc -- links that lead nowhere fail
 * cleanly: a link to itself, two links to each other, a chain one longer
 * than the follow limit (40, filesys/path.h); a chain of exactly 40 works,
 * and a link to ".." (a loop in the tree, not in the links) is fine.
 * Removing a link never follows it.  The cycle stays for the persistence
 * run: tar must skip it without complaint. */
#include <stdio.h>

/* The test library is C; its headers may be the standard ones, which do
 * not say so themselves. */
extern "C" {
#include "tests/lib.h"
#include "tests/main.h"
}

void test_main(void) {
  char name[16], target[16];
  CHECK(symlink("self", "self") == 0, "symlink \"self\" -> \"self\"");
  CHECK(open("self") == -1, "open \"self\" (must fail)");
  CHECK(symlink("pong", "ping") == 0, "symlink \"ping\" -> \"pong\"");
  CHECK(symlink("ping", "pong") == 0, "symlink \"pong\" -> \"ping\"");
  CHECK(open("ping") == -1, "open \"ping\" (must fail)");
  CHECK(!create("ping/x", 0), "create \"ping/x\" (must fail)");
  CHECK(!chdir("pong"), "chdir \"pong\" (must fail)");
  CHECK(!mkdir("ping"), "mkdir \"ping\" (must fail: the name exists)");

  CHECK(create("file", 0), "create \"file\"");
  quiet = true;
  for (int i = 1; i <= 41; i++) {
    snprintf(name, sizeof name, "l%d", i);
    if (i == 1)
      snprintf(target, sizeof target, "file");
    else
      snprintf(target, sizeof target, "l%d", i - 1);
    CHECK(symlink(target, name) == 0, "symlink \"%s\"", name);
  }
  quiet = false;
  int fd = open("l40");
  CHECK(fd > 1, "open \"l40\" (40 links)");
  close(fd);
  CHECK(open("l41") == -1, "open \"l41\" (41 links: must fail)");

  CHECK(mkdir("d"), "mkdir \"d\"");
  CHECK(symlink("..", "d/up") == 0, "symlink \"d/up\" -> \"..\"");
  CHECK((fd = open("d/up/d/up/d/up/file")) > 1, "open \"d/up/d/up/d/up/file\"");
  close(fd);

  quiet = true;
  for (int i = 1; i <= 41; i++) {
    snprintf(name, sizeof name, "l%d", i);
    CHECK(remove(name), "remove \"%s\"", name);
  }
  quiet = false;
  CHECK(remove("self"), "remove \"self\"");
  CHECK(open("file") > 1, "open \"file\" (still there)");
}
