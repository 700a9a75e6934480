/* tests/filesys/ours/mount-busy.cc -- what mount and umount refuse: a
 * non-empty or root mount point, a bad or missing disk, the file-system
 * disk, a disk mounted twice; umount of a volume in use (a file open in
 * it, its root open, the working directory in it), of the root, of a
 * directory nothing is mounted on.  Then a clean umount writes the volume
 * back: mounted again, the file is still there.  ".." leaves the volume,
 * and inumbers differ between volumes. */
/* The test library is C; its headers may be the standard ones, which do
 * not say so themselves. */
extern "C" {
#include "tests/lib.h"
#include "tests/main.h"
}

void test_main(void) {
  int fd;
  CHECK(mkdir("m"), "mkdir \"m\"");
  CHECK(mkdir("m2"), "mkdir \"m2\"");
  CHECK(mkdir("full") && create("full/x", 0), "mkdir \"full\" with a file in it");
  CHECK(mount("full", 1, 0) == -1, "mount on a non-empty directory (must fail)");
  CHECK(mount("/", 1, 0) == -1, "mount on \"/\" (must fail)");
  CHECK(mount("m", 2, 0) == -1, "mount channel 2 (must fail)");
  CHECK(mount("m", 0, 1) == -1, "mount the file-system disk (must fail)");
  CHECK(mount("m", 1, 1) == -1, "mount a missing disk (must fail)");
  CHECK(mount("nowhere", 1, 0) == -1, "mount on a missing directory (must fail)");
  CHECK(mount("m", 1, 0) == 0, "mount the second disk at \"m\"");
  CHECK(mount("m2", 1, 0) == -1, "mount it again at \"m2\" (must fail)");

  CHECK(create("m/f", 10), "create \"m/f\"");
  CHECK((fd = open("m/f")) > 1, "open \"m/f\"");
  CHECK(umount("m") == -1, "umount with \"m/f\" open (must fail)");
  close(fd);
  CHECK(chdir("m"), "chdir \"m\"");
  CHECK(umount("/m") == -1, "umount with the working directory in it (must fail)");
  int root_ino = inumber(fd = open("/"));
  close(fd);
  CHECK((fd = open("..")) > 1 && inumber(fd) == root_ino, "\"..\" of the mounted root is \"/\"");
  close(fd);
  CHECK(chdir("/"), "chdir \"/\"");
  CHECK((fd = open("m")) > 1, "open \"m\"");
  CHECK(inumber(fd) != root_ino, "its inumber differs from the root's");
  CHECK(umount("m") == -1, "umount with its root open (must fail)");
  close(fd);
  CHECK(!remove("m"), "remove \"m\" (must fail)");
  CHECK(umount("/") == -1, "umount \"/\" (must fail)");
  CHECK(umount("full") == -1, "umount \"full\" (must fail: nothing is mounted there)");
  CHECK(umount("m") == 0, "umount \"m\"");
  CHECK(open("m/f") == -1, "open \"m/f\" (must fail: gone with the disk)");
  CHECK(mount("m2", 1, 0) == 0, "mount the second disk at \"m2\"");
  CHECK((fd = open("m2/f")) > 1 && filesize(fd) == 10, "\"m2/f\" is there, 10 bytes");
  close(fd);
}
