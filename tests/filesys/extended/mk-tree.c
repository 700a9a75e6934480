/* tests/filesys/extended/mk-tree.c -- see mk-tree.h. */
#include "tests/filesys/extended/mk-tree.h"

#include <stdio.h>

#include "tests/lib.h"

void make_tree(int at, int bt, int ct, int dt) {
  char path[64];
  msg("creating /0/0/0/0 through /%d/%d/%d/%d...", at - 1, bt - 1, ct - 1, dt - 1);
  quiet = true;
  for (int a = 0; a < at; a++) {
    snprintf(path, sizeof path, "/%d", a);
    CHECK(mkdir(path), "mkdir \"%s\"", path);
    for (int b = 0; b < bt; b++) {
      snprintf(path, sizeof path, "/%d/%d", a, b);
      CHECK(mkdir(path), "mkdir \"%s\"", path);
      for (int c = 0; c < ct; c++) {
        snprintf(path, sizeof path, "/%d/%d/%d", a, b, c);
        CHECK(mkdir(path), "mkdir \"%s\"", path);
        for (int d = 0; d < dt; d++) {
          snprintf(path, sizeof path, "/%d/%d/%d/%d", a, b, c, d);
          CHECK(create(path, 0), "create \"%s\"", path);
        }
      }
    }
  }
  quiet = false;

  int fd;
  snprintf(path, sizeof path, "/%d/%d/%d/%d", 0, bt - 1, 0, dt - 1);
  CHECK((fd = open(path)) > 1, "open \"%s\"", path);
  msg("close \"%s\"", path);
  close(fd);
}
