/* tests/filesys/extended/dir-rm-tree.c -- makes the tree of dir-mk-tree,
 * then removes all of it, deepest first. */
#include <stdio.h>

#include "tests/filesys/extended/mk-tree.h"
#include "tests/lib.h"
#include "tests/main.h"

static void remove_path(const char *path) { CHECK(remove(path), "remove \"%s\"", path); }

void test_main(void) {
  const int at = 4, bt = 3, ct = 3, dt = 4;
  make_tree(at, bt, ct, dt);

  char path[64];
  msg("removing /0/0/0/0 through /%d/%d/%d/%d...", at - 1, bt - 1, ct - 1, dt - 1);
  quiet = true;
  for (int a = 0; a < at; a++) {
    for (int b = 0; b < bt; b++) {
      for (int c = 0; c < ct; c++) {
        for (int d = 0; d < dt; d++) {
          snprintf(path, sizeof path, "/%d/%d/%d/%d", a, b, c, d);
          remove_path(path);
        }
        snprintf(path, sizeof path, "/%d/%d/%d", a, b, c);
        remove_path(path);
      }
      snprintf(path, sizeof path, "/%d/%d", a, b);
      remove_path(path);
    }
    snprintf(path, sizeof path, "/%d", a);
    remove_path(path);
  }
  quiet = false;

  snprintf(path, sizeof path, "/%d/%d/%d/%d", at - 1, 0, ct - 1, 0);
  CHECK(open(path) == -1, "open \"%s\" (must return -1)", path);
}
