/* tests/filesys/ours/dir-1000.cc -- 1,000 entries in one directory: all
 * made, all listed once by readdir, every other one removed, the rest
 * listed again; the 500 left stay for the persistence run. */
#include <stdio.h>
#include <stdlib.h>

/* The test library is C; its headers may be the standard ones, which do
 * not say so themselves. */
extern "C" {
#include "tests/lib.h"
#include "tests/main.h"
}

#define CNT 1000

static bool seen[CNT];

/* Lists "big" and checks it holds exactly the names fN for N = START,
 * START + STEP, ... below CNT, each once. */
static void check_listing(int start, int step) {
  int fd = open("big");
  if (fd < 2) fail("open \"big\"");
  for (int i = 0; i < CNT; i++) seen[i] = false;
  char name[READDIR_MAX_LEN + 1];
  int found = 0;
  while (readdir(fd, name)) {
    int n = atoi(name + 1);
    if (name[0] != 'f' || n < 0 || n >= CNT || (n - start) % step != 0 || seen[n])
      fail("unexpected entry \"%s\"", name);
    seen[n] = true;
    found++;
  }
  close(fd);
  int want = (CNT - start + step - 1) / step;
  if (found != want) fail("listed %d entries, expected %d", found, want);
  msg("readdir listed all %d entries once", found);
}

void test_main(void) {
  char name[32];
  CHECK(mkdir("big"), "mkdir \"big\"");
  msg("create big/f0 ... big/f999");
  for (int i = 0; i < CNT; i++) {
    snprintf(name, sizeof name, "big/f%d", i);
    if (!create(name, 0)) fail("create \"%s\"", name);
  }
  check_listing(0, 1);
  CHECK(!create("big/f500", 0), "create \"big/f500\" again (must fail)");
  msg("remove big/f0, big/f2, ... big/f998");
  for (int i = 0; i < CNT; i += 2) {
    snprintf(name, sizeof name, "big/f%d", i);
    if (!remove(name)) fail("remove \"%s\"", name);
  }
  check_listing(1, 2);
  int fd;
  CHECK((fd = open("big/f999")) > 1, "open \"big/f999\"");
  close(fd);
}
