/* tests/filesys/ours/dir-race.cc -- two processes race on one directory:
 * the parent makes and removes r/d over and over, the child meanwhile
 * creates and removes a file in it and makes it its working directory.
 * Which calls succeed varies from run to run; what must hold: nothing
 * crashes, a name the child made is always its to remove (a directory
 * with something in it cannot be removed), a removed working directory
 * just refuses new entries, and in the end r is empty and the disk
 * consistent (the persistence run checks it with fsck). */
/* The test library is C; its headers may be the standard ones, which do
 * not say so themselves. */
extern "C" {
#include "tests/lib.h"
#include "tests/main.h"
}

#define ROUNDS 150

/* About half a time slice of work: each process often runs in the middle
 * of one of the other's steps. */
static void spin(void) {
  volatile int k = 0;
  while (k < 50000) k = k + 1;
}

static void child(void) {
  for (int i = 0; i < ROUNDS; i++) {
    if (create("r/d/f", 0)) {
      spin();
      if (!remove("r/d/f")) fail("child: could not remove its r/d/f");
    }
    if (chdir("r/d")) {
      spin();
      if (create("g", 0) && !remove("g")) fail("child: could not remove its g");
      if (!chdir("/")) fail("child: chdir \"/\"");
    }
  }
  exit(0);
}

void test_main(void) {
  CHECK(mkdir("r"), "mkdir \"r\"");
  pid_t pid = fork("dir-race-child");
  if (pid == 0) child();
  CHECK(pid > 0, "fork a child that races with us");
  for (int i = 0; i < ROUNDS; i++) {
    if (mkdir("r/d")) {
      spin();
      remove("r/d");
    }
  }
  CHECK(wait(pid) == 0, "wait for the child");
  remove("r/d");
  int fd;
  char name[READDIR_MAX_LEN + 1];
  CHECK((fd = open("r")) > 1, "open \"r\"");
  CHECK(!readdir(fd, name), "\"r\" is empty");
  CHECK(open("r/d") == -1, "open \"r/d\" (must fail)");
}
