/* tests/cow/cow-read-sc.c -- the kernel writes into a shared page
 * inside a read() system call.  (The name is short because file names
 * hold at most 14 characters.)
 *
 * The child read()s "sample.txt" into a buffer that straddles two pages
 * it shares with its parent and that it has not written itself: the
 * kernel's writes must give the child frames of its own for both pages
 * and leave the parent's data alone.  The child then write()s a third
 * shared page to a file: the kernel only reads that page, which stays
 * shared. */
#include <string.h>

#include "tests/cow/pattern.h"
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/userprog/sample.inc"

#define PAGES 3
#define SAMPLE_LEN (sizeof sample - 1)
#define OFS (4096 - 100) /* the file's data straddles pages 0 and 1 */

static char buf[PAGES][4096] __attribute__((aligned(4096)));
static unsigned long parent_frames[PAGES];

/* The parent's byte at offset I of the buffer. */
static char orig(size_t i) { return (char)('A' + (i * 7 + i / 4096) % 26); }

/* Fails unless bytes [0, SIZE) of the buffer hold the parent's bytes,
 * except those at [OFS, OFS + SAMPLE_LEN) if WITH_SAMPLE. */
static void expect_bytes(size_t size, bool with_sample) {
  const volatile char *b = &buf[0][0];
  for (size_t i = 0; i < size; i++) {
    bool in_sample = with_sample && i >= OFS && i < OFS + SAMPLE_LEN;
    char expected = in_sample ? sample[i - OFS] : orig(i);
    if (b[i] != expected)
      fail("byte %zu of the buffer is %#x, not %#x", i, b[i] & 0xff, expected & 0xff);
  }
}

static void child(void) {
  test_name = "reader";
  for (int p = 0; p < PAGES; p++)
    if ((uintptr_t)get_phys_addr(buf[p]) != parent_frames[p]) fail("page %d has a frame of its own", p);
  msg("the buffer's pages share the parent's frames");

  int fd;
  CHECK((fd = open("sample.txt")) > 1, "open \"sample.txt\"");
  int n = read(fd, &buf[0][OFS], SAMPLE_LEN);
  CHECK(n == (int)SAMPLE_LEN, "read \"sample.txt\" into pages 0 and 1");
  unsigned long frame0 = (uintptr_t)get_phys_addr(buf[0]), frame1 = (uintptr_t)get_phys_addr(buf[1]);
  CHECK(frame0 != 0 && frame0 != parent_frames[0] && frame1 != 0 && frame1 != parent_frames[1],
        "pages 0 and 1 got frames of their own");
  expect_bytes(2 * 4096, true);
  msg("pages 0 and 1 hold the file's data and, around it, the parent's");

  int out;
  CHECK(create("copy", 4096), "create \"copy\"");
  CHECK((out = open("copy")) > 1, "open \"copy\"");
  CHECK(write(out, buf[2], 4096) == 4096, "write page 2 to \"copy\"");
  CHECK((uintptr_t)get_phys_addr(buf[2]) == parent_frames[2],
        "page 2 (only read) still shares the parent's frame");
  exit(42);
}

void test_main(void) {
  for (size_t i = 0; i < sizeof buf; i++) buf[i / 4096][i % 4096] = orig(i);
  for (int p = 0; p < PAGES; p++) parent_frames[p] = (uintptr_t)get_phys_addr(buf[p]);
  CHECK(parent_frames[0] != 0 && parent_frames[1] != 0 && parent_frames[2] != 0,
        "fill %d pages", PAGES);

  int status = fork_and_wait("reader", child);
  CHECK(status == 42, "reader exited with status %d", status);
  expect_bytes(sizeof buf, false);
  msg("the parent's pages hold its own data");
  for (int p = 0; p < PAGES; p++)
    if ((uintptr_t)get_phys_addr(buf[p]) != parent_frames[p]) fail("page %d changed frames", p);
  msg("the parent kept its frames");
  check_file("copy", buf[2], 4096);
}
