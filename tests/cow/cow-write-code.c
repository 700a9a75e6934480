/* tests/cow/cow-write-code.c -- a page shared read-only is not a
 * copy-on-write page: writing it still kills.
 *
 * Three children each find a read-only page shared with the parent (the
 * code, read-only data, a read-only file mapping) and write to it; each
 * must be killed (exit status -1), and the parent's page must keep its
 * frame and its contents. */
#include <string.h>

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/userprog/sample.inc"

#define MAP ((char *)0x10000000)
#define SAMPLE_LEN (sizeof sample - 1)

/* Code that starts a page; the parent runs it before and after. */
__attribute__((noipa, aligned(4096))) static int code_fn(int x) { return 3 * x + 1; }

/* Read-only data, alone on its page. */
#define RO_TEXT "read-only data"
static const char ro_data[4096] __attribute__((aligned(4096))) = RO_TEXT;

/* True if ro_data holds RO_TEXT, read from memory (not folded by the
 * compiler, which knows what a const array holds). */
static bool ro_data_intact(void) {
  const volatile char *p = ro_data;
  for (size_t i = 0; i < sizeof RO_TEXT; i++)
    if (p[i] != RO_TEXT[i]) return false;
  return true;
}

struct target {
  const char *child;  /* process name */
  const char *what;   /* for messages */
  const char *addr;   /* the page */
  unsigned long frame; /* the parent's frame */
};
static struct target targets[] = {
    {"code-writer", "code", (const char *)(void *)code_fn, 0},
    {"rodata-writer", "read-only data", ro_data, 0},
    {"map-writer", "read-only mapping", MAP, 0},
};
#define TARGETS (sizeof targets / sizeof targets[0])

static void child(const struct target *t) {
  test_name = t->child;
  CHECK((uintptr_t)get_phys_addr((void *)t->addr) == t->frame, "%s page shares the parent's frame", t->what);
  msg("write the %s page", t->what);
  *(volatile char *)t->addr = 0;
  fail("writing the %s page succeeded", t->what);
}

void test_main(void) {
  int fd;
  CHECK((fd = open("sample.txt")) > 1, "open \"sample.txt\"");
  CHECK(mmap(MAP, 4096, 0, fd, 0) == MAP, "mmap \"sample.txt\" read-only");
  CHECK(code_fn(2) == 7 && ro_data_intact() && !memcmp(MAP, sample, SAMPLE_LEN),
        "run the code, read the data and the mapping");
  for (size_t i = 0; i < TARGETS; i++) {
    targets[i].frame = (uintptr_t)get_phys_addr((void *)targets[i].addr);
    if (targets[i].frame == 0) fail("the %s page has no frame", targets[i].what);
  }
  msg("the pages have frames");

  for (size_t i = 0; i < TARGETS; i++) {
    struct target *t = &targets[i];
    msg("fork %s", t->child);
    pid_t pid = fork(t->child);
    if (pid == 0) child(t);
    if (pid == PID_ERROR) fail("fork returned %d", pid);
    int status = wait(pid);
    CHECK(status == -1, "%s exited with status %d", t->child, status);
  }

  for (size_t i = 0; i < TARGETS; i++)
    if ((uintptr_t)get_phys_addr((void *)targets[i].addr) != targets[i].frame)
      fail("the %s page changed frames", targets[i].what);
  msg("the parent's pages kept their frames");
  CHECK(code_fn(5) == 16 && ro_data_intact() && !memcmp(MAP, sample, SAMPLE_LEN),
        "the code still runs, the data and the mapping are unchanged");
  munmap(MAP);
  close(fd);
}
