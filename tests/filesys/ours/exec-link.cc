/* tests/filesys/ours/exec-link.cc -- programs and mappings found through
 * relative paths and symbolic links: from directory bin, the program runs
 * itself again through the link bin/prog -> ../exec-link, maps a file
 * through a relative link, and fails cleanly to run or map a directory.
 * "exec-link child" is the copy that runs through the link. */
#include <string.h>

/* The test library is C; its headers may be the standard ones, which do
 * not say so themselves. */
extern "C" {
#include "tests/lib.h"
}

#define DATA_SIZE 5000
#define MAP_ADDR ((void *)0x10000000)

static char data[DATA_SIZE];

/* Runs CMD_LINE in a child (fork, then exec) and returns its exit status. */
static int run(const char *name, const char *cmd_line) {
  pid_t pid = fork(name);
  if (pid == 0) {
    exec(cmd_line);
    exit(-1);
  }
  if (pid < 0) fail("fork failed");
  return wait(pid);
}

int main(int argc, char *argv[]) {
  test_name = "exec-link";
  if (argc == 2 && strcmp(argv[1], "child") == 0) {
    msg("running from %s with cwd bin", argv[0]);
    int fd = open("prog");
    if (fd < 2) fail("the child cannot see bin/prog");
    close(fd);
    return 42;
  }
  msg("begin");
  CHECK(mkdir("bin"), "mkdir \"bin\"");
  CHECK(chdir("bin"), "chdir \"bin\"");
  CHECK(symlink("../exec-link", "prog") == 0, "symlink \"bin/prog\" -> \"../exec-link\"");
  /* Each child prints before the parent's next line: it waits at once. */
  msg("spawn \"prog child\"");
  int status = run("prog", "prog child");
  CHECK(status == 42, "it exited with %d", status);
  msg("spawn \"../bin x\" (a directory)");
  status = run("bin", "../bin x");
  CHECK(status == -1, "it exited with %d", status);

  for (int i = 0; i < DATA_SIZE; i++) data[i] = (char)(i * 7 + i / 256);
  int fd;
  CHECK(create("../sub-data", DATA_SIZE), "create \"../sub-data\"");
  CHECK((fd = open("../sub-data")) > 1, "open \"../sub-data\"");
  CHECK(write(fd, data, DATA_SIZE) == DATA_SIZE, "write it");
  close(fd);
  CHECK(symlink("./../sub-data", "data-link") == 0,
        "symlink \"bin/data-link\" -> \"./../sub-data\"");
  CHECK((fd = open("data-link")) > 1, "open \"data-link\"");
  CHECK(mmap(MAP_ADDR, DATA_SIZE, 0, fd, 0) == MAP_ADDR, "mmap \"data-link\"");
  CHECK(memcmp(MAP_ADDR, data, DATA_SIZE) == 0, "the mapping holds the file");
  munmap(MAP_ADDR);
  close(fd);
  CHECK((fd = open(".")) > 1, "open \".\"");
  CHECK(mmap(MAP_ADDR, 4096, 0, fd, 0) == MAP_FAILED, "mmap a directory (must fail)");
  char c;
  CHECK(read(fd, &c, 1) == -1, "read a directory (must fail)");
  close(fd);
  msg("end");
  return 0;
}
