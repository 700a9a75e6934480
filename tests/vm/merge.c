/* tests/vm/merge.c -- see merge.h.
 *
 * Prints "init", the per-chunk lines (see merge.h), then "merge",
 * "verify" and "success, buf_idx=N". */
#include "tests/vm/merge.h"

#include <stdint.h>
#include <stdio.h>

#include "tests/lib.h"
#include "tests/arc4.h"

#define MAX_CHUNK_SIZE (128 * 1024)
#define MAX_CHUNKS 16

static uint8_t buf1[MAX_CHUNK_SIZE * MAX_CHUNKS];
static uint8_t buf2[MAX_CHUNK_SIZE * MAX_CHUNKS];
static size_t chunk_size; /* set by sort_and_merge() */
static size_t histogram[256];

static void init(size_t size) {
  struct arc4 arc4;
  msg("init");
  arc4_init(&arc4, "foobar", 6);
  arc4_crypt(&arc4, buf1, size);
  for (size_t i = 0; i < size; i++) histogram[buf1[i]]++;
}

/* Writes chunk I to file FN and starts CHILD_NAME on it; returns the pid. */
static pid_t start_sort(const char *child_name, int i, const char *fn) {
  int fd;
  quiet = true;
  CHECK(create(fn, chunk_size), "create \"%s\"", fn);
  CHECK((fd = open(fn)) > 1, "open \"%s\"", fn);
  write(fd, buf1 + chunk_size * i, chunk_size);
  close(fd);
  char cmd[64];
  snprintf(cmd, sizeof cmd, "%s %s", child_name, fn);
  pid_t pid;
  msg("exec \"%s\"", cmd);
  pid = fork(child_name);
  if (pid == 0) {
    exec(cmd);
    exit(-1);
  }
  if (pid == PID_ERROR) fail("exec \"%s\"", cmd);
  quiet = false;
  return pid;
}

/* Reads chunk I back from file FN. */
static void read_back(int i, const char *fn) {
  int fd;
  quiet = true;
  CHECK((fd = open(fn)) > 1, "open \"%s\"", fn);
  read(fd, buf1 + chunk_size * i, chunk_size);
  close(fd);
  remove(fn);
  quiet = false;
}

static void merge(int chunk_cnt) {
  uint8_t *mp[MAX_CHUNKS];
  int left = chunk_cnt;
  msg("merge");
  for (int i = 0; i < chunk_cnt; i++) mp[i] = buf1 + chunk_size * i;

  uint8_t *op = buf2;
  while (left > 0) {
    int min = 0;
    for (int i = 1; i < left; i++)
      if (*mp[i] < *mp[min]) min = i;
    *op++ = *mp[min];
    /* A chunk that runs out is replaced by the last one still in play. */
    if ((++mp[min] - buf1) % chunk_size == 0) mp[min] = mp[--left];
  }
}

static void verify(void) {
  size_t buf_idx = 0;
  msg("verify");
  for (size_t value = 0; value < 256; value++) {
    for (; histogram[value] > 0; histogram[value]--) {
      if (buf2[buf_idx] != value) fail("bad value %d in byte %zu", buf2[buf_idx], buf_idx);
      buf_idx++;
    }
  }
  msg("success, buf_idx=%'zu", buf_idx);
}

/* The sequential form: one file, "buffer", for each chunk in turn. */
static void sort_one_by_one(const char *child_name, int exit_status, int chunk_cnt) {
  char cmd[64];
  snprintf(cmd, sizeof cmd, "%s buffer", child_name);
  create("buffer", chunk_size);
  for (int i = 0; i < chunk_cnt; i++) {
    int fd;
    msg("sort chunk %d", i);
    quiet = true;
    CHECK((fd = open("buffer")) > 1, "open \"buffer\"");
    write(fd, buf1 + chunk_size * i, chunk_size);
    close(fd);

    pid_t pid = fork(child_name);
    if (pid == 0) {
      quiet = false;
      msg("child[%d] exec", i);
      exec(cmd);
      fail("child[%d] exec fail", i);
    }
    quiet = false;
    if (wait(pid) != exit_status) fail("child[%d] wait fail", i);
    msg("child[%d] wait success", i);

    quiet = true;
    CHECK((fd = open("buffer")) > 1, "open \"buffer\"");
    read(fd, buf1 + chunk_size * i, chunk_size);
    close(fd);
    quiet = false;
  }
}

void sort_and_merge(const char *child_name, int exit_status, int chunk_cnt, size_t size,
                    bool parallel) {
  pid_t children[MAX_CHUNKS];
  char fn[16];
  chunk_size = size;
  init(chunk_size * chunk_cnt);

  if (!parallel) {
    sort_one_by_one(child_name, exit_status, chunk_cnt);
  } else {
    for (int i = 0; i < chunk_cnt; i++) {
      msg("sort chunk %d", i);
      snprintf(fn, sizeof fn, "buf%d", i);
      children[i] = start_sort(child_name, i, fn);
    }
    for (int i = 0; i < chunk_cnt; i++) {
      CHECK(wait(children[i]) == exit_status, "wait for child %d", i);
      snprintf(fn, sizeof fn, "buf%d", i);
      read_back(i, fn);
    }
  }
  merge(chunk_cnt);
  verify();
}
