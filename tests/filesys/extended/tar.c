/* tests/filesys/extended/tar.c -- tar ARCHIVE PATH...: writes a ustar
 * archive of each PATH (a file, or a directory with everything below it)
 * into the new file ARCHIVE.  The persistence tests run `tar fs.tar /` on a
 * kept disk and take fs.tar out with the runner's -g.
 *
 * Members are named by their paths without a leading "/" (or "./"); names
 * over 99 characters use the ustar prefix field (lib/ustar.h).  ARCHIVE
 * itself is skipped (recognised by its inumber).
 *
 * Links: the system calls have no readlink, so a symbolic link is archived
 * as what it points to (like `tar -h`): a link to a file as a file with
 * that file's contents, a link to a directory as a directory with its
 * entries.  A link that leads nowhere (dangling, or a cycle of links) is
 * left out, and so is a directory already being archived further up the
 * path (a link back up the tree would never end); both are normal
 * contents of a file system, not errors, so tar says nothing about them.
 *
 * Prints a line and exits with 1 on a real error (ARCHIVE cannot be made
 * or written, a PATH argument cannot be opened, a name too long for
 * ustar); exits with 0 otherwise. */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <syscall.h>
#include <ustar.h>

/* Longest path walked (the ustar limit is 255). */
#define NAME_LEN 256
/* Directories open at once: the deepest tree archived. */
#define DEPTH_MAX 200

static int archive_fd;
static int archive_inumber;
static bool write_failed;
static int ancestors[DEPTH_MAX]; /* inumbers of the directories being archived */
static int depth;

static bool write_block(const void *block) {
  if (write(archive_fd, block, USTAR_BLOCK_SIZE) == USTAR_BLOCK_SIZE) return true;
  if (!write_failed) printf("tar: error writing the archive\n");
  write_failed = true;
  return false;
}

/* The member name of PATH: without leading "/" and "./". */
static const char *member_name(const char *path) {
  for (;;) {
    if (path[0] == '/')
      path++;
    else if (path[0] == '.' && path[1] == '/')
      path += 2;
    else
      return path;
  }
}

static bool write_header(const char *path, enum ustar_type type, int size) {
  const char *name = member_name(path);
  if (name[0] == '\0') return true; /* The root itself has no member. */
  static char header[USTAR_BLOCK_SIZE];
  if (!ustar_make_header(name, type, size, header)) {
    printf("tar: %s: name too long for the archive\n", name);
    return false;
  }
  return write_block(header);
}

static bool add_file(const char *path, int fd) {
  int size = filesize(fd);
  if (!write_header(path, USTAR_REGULAR, size)) return false;
  static char block[USTAR_BLOCK_SIZE];
  for (int done = 0; done < size; done += USTAR_BLOCK_SIZE) {
    int want = size - done < USTAR_BLOCK_SIZE ? size - done : USTAR_BLOCK_SIZE;
    int got = read(fd, block, want);
    if (got != want) {
      printf("tar: %s: read error\n", path);
      return false;
    }
    memset(block + got, 0, USTAR_BLOCK_SIZE - got);
    if (!write_block(block)) return false;
  }
  return true;
}

static bool add(char *path, bool named_by_user);

/* Archives directory FD (open on PATH) and everything below it. */
static bool add_dir(char *path, int fd) {
  int ino = inumber(fd);
  for (int i = 0; i < depth; i++)
    if (ancestors[i] == ino) return true; /* A link back up the tree. */
  if (depth == DEPTH_MAX) {
    printf("tar: %s: directories nested too deeply\n", path);
    return false;
  }
  if (!write_header(path, USTAR_DIRECTORY, 0)) return false;
  ancestors[depth++] = ino;
  size_t len = strlen(path);
  bool slash = len > 0 && path[len - 1] == '/';
  char name[READDIR_MAX_LEN + 1];
  bool ok = true;
  while (readdir(fd, name)) {
    if (len + 1 + strlen(name) >= NAME_LEN) {
      printf("tar: %s/%s: path too long\n", path, name);
      ok = false;
      continue;
    }
    snprintf(path + len, NAME_LEN - len, "%s%s", slash ? "" : "/", name);
    if (!add(path, false)) ok = false;
    path[len] = '\0';
  }
  depth--;
  return ok;
}

/* Archives PATH.  NAMED_BY_USER: PATH came from the command line, so not
 * being able to open it is an error (see the overview). */
static bool add(char *path, bool named_by_user) {
  int fd = open(path);
  if (fd < 0) {
    if (named_by_user) printf("tar: %s: open failed\n", path);
    return !named_by_user;
  }
  bool ok = true;
  if (inumber(fd) != archive_inumber) ok = isdir(fd) ? add_dir(path, fd) : add_file(path, fd);
  close(fd);
  return ok;
}

int main(int argc, char *argv[]) {
  if (argc < 3) {
    printf("usage: tar ARCHIVE PATH...\n"
           "Writes a ustar archive of each PATH (a file or a whole directory) into the\n"
           "new file ARCHIVE (which is left out of the archive).\n");
    return 1;
  }
  if (!create(argv[1], 0)) {
    printf("tar: %s: create failed\n", argv[1]);
    return 1;
  }
  archive_fd = open(argv[1]);
  if (archive_fd < 0) {
    printf("tar: %s: open failed\n", argv[1]);
    return 1;
  }
  archive_inumber = inumber(archive_fd);

  bool ok = true;
  static char path[NAME_LEN];
  for (int i = 2; i < argc; i++) {
    if (strlen(argv[i]) >= NAME_LEN) {
      printf("tar: %s: path too long\n", argv[i]);
      ok = false;
      continue;
    }
    strlcpy(path, argv[i], sizeof path);
    if (!add(path, true)) ok = false;
  }
  static const char zeros[USTAR_BLOCK_SIZE] = {0};
  if (!write_block(zeros) || !write_block(zeros)) ok = false;
  close(archive_fd);
  return ok && !write_failed ? 0 : 1;
}
