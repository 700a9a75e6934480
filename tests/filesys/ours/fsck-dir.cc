/* tests/filesys/ours/fsck-dir.cc -- a disk whose directory entries were
 * damaged on purpose is repaired at boot, losing nothing else.
 *
 * "fsck-dir setup" (boot 1) makes keep (with data), the entries that
 * corrupt-disk.pl then damages (to-root, to-fmap, outside, alias,
 * to-data, bad-name, twin-a/twin-b), and directory sub/ with a file.
 * Between the boots corrupt-disk.pl points the entries at the root, the
 * free map, outside the disk, keep's inode, keep's data; puts a '/' in one
 * name and repeats another; gives sub a wrong ".."; and spoils two
 * free-map bits.  "fsck-dir check" (boot 2, after the mount-time fsck
 * printed and repaired all of it) checks that the bad entries are gone,
 * everything else is intact, and the disk takes new files. */
#include <string.h>

/* The test library is C; its headers may be the standard ones, which do
 * not say so themselves. */
extern "C" {
#include "tests/lib.h"
}

#define KEEP_SIZE 3000

static char data[KEEP_SIZE];

static void setup(void) {
  int fd;
  for (int i = 0; i < KEEP_SIZE; i++) data[i] = (char)(i % 251);
  CHECK(create("keep", KEEP_SIZE) && (fd = open("keep")) > 1, "create \"keep\"");
  CHECK(write(fd, data, KEEP_SIZE) == KEEP_SIZE, "write \"keep\"");
  close(fd);
  const char *names[] = {"to-root", "to-fmap", "outside", "alias",
                         "to-data", "bad-name", "twin-a", "twin-b"};
  for (const char *name : names) CHECK(create(name, 0), "create \"%s\"", name);
  CHECK(mkdir("sub") && create("sub/inner", 5), "mkdir \"sub\" with \"sub/inner\"");
}

static void check(void) {
  int fd;
  for (int i = 0; i < KEEP_SIZE; i++) data[i] = (char)(i % 251);
  CHECK((fd = open("keep")) > 1, "open \"keep\"");
  check_file_handle(fd, "keep", data, KEEP_SIZE);
  close(fd);
  const char *gone[] = {"to-root", "to-fmap", "outside", "alias", "to-data", "bad-name", "twin-b"};
  for (const char *name : gone) CHECK(open(name) == -1, "open \"%s\" (must fail)", name);

  /* What the root lists now, in the order readdir gives it. */
  CHECK((fd = open("/")) > 1, "open \"/\"");
  char name[READDIR_MAX_LEN + 1];
  while (readdir(fd, name)) msg("listed \"%s\"", name);
  close(fd);

  int root_ino = inumber(fd = open("/"));
  close(fd);
  CHECK((fd = open("sub/..")) > 1 && inumber(fd) == root_ino, "\"sub/..\" is \"/\" again");
  close(fd);
  CHECK((fd = open("sub/inner")) > 1 && filesize(fd) == 5, "\"sub/inner\" is intact");
  close(fd);
  CHECK(create("new", 2000), "create \"new\": the disk takes new files");
}

int main(int argc, char *argv[]) {
  test_name = "fsck-dir";
  msg("begin");
  if (argc == 2 && strcmp(argv[1], "setup") == 0)
    setup();
  else
    check();
  msg("end");
  return 0;
}
