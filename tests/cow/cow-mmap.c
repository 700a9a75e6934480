/* tests/cow/cow-mmap.c -- copy-on-write of a page of a writable file
 * mapping and of a stack page.
 *
 * After fork() the child's mapped page and stack page share the parent's
 * frames; the child's writes give it frames of its own and leave the
 * parent's data alone.  Once the child is gone, the parent writes its
 * mapped page (no longer shared: same frame) and unmaps it: the file then
 * holds the parent's data, which also shows that the parent's write was
 * seen as dirtying the page. */
#include <round.h>
#include <stdint.h>
#include <string.h>

#include "tests/cow/pattern.h"
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/userprog/sample.inc"

#define MAP ((char *)0x10000000)
#define SAMPLE_LEN (sizeof sample - 1)

static const char child_text[] = "The child wrote this.";
static const char parent_text[] = "The parent wrote this.";

/* The parent's frames, set before fork(). */
static unsigned long map_frame, stack_frame;

static void child(char *stk) {
  test_name = "child";
  CHECK((uintptr_t)get_phys_addr(MAP) == map_frame, "mapped page shares the parent's frame");
  CHECK((uintptr_t)get_phys_addr(stk) == stack_frame, "stack page shares the parent's frame");
  CHECK(!memcmp(MAP, sample, SAMPLE_LEN), "mapped page holds \"sample.txt\"");
  expect_page(stk, 1, 0);
  msg("stack page holds the parent's data");

  memcpy(MAP, child_text, sizeof child_text);
  unsigned long frame = (uintptr_t)get_phys_addr(MAP);
  CHECK(frame != 0 && frame != map_frame, "write the mapped page: a frame of its own");
  fill_page(stk, 2, 0);
  frame = (uintptr_t)get_phys_addr(stk);
  CHECK(frame != 0 && frame != stack_frame, "write the stack page: a frame of its own");
  CHECK(!memcmp(MAP, child_text, sizeof child_text)
        && !memcmp(MAP + sizeof child_text, sample + sizeof child_text,
                   SAMPLE_LEN - sizeof child_text),
        "mapped page holds the child's data");
  expect_page(stk, 2, 0);
  msg("stack page holds the child's data");
  exit(42);
}

void test_main(void) {
  /* A whole page inside this stack frame, away from every other variable. */
  char stack_area[3 * 4096];
  char *stk = (char *)ROUND_UP((uintptr_t)stack_area, 4096);
  fill_page(stk, 1, 0);

  int fd;
  CHECK((fd = open("sample.txt")) > 1, "open \"sample.txt\"");
  CHECK(mmap(MAP, 4096, 1, fd, 0) == MAP, "mmap \"sample.txt\" writable");
  CHECK(!memcmp(MAP, sample, SAMPLE_LEN), "mapped page holds \"sample.txt\"");
  map_frame = (uintptr_t)get_phys_addr(MAP);
  stack_frame = (uintptr_t)get_phys_addr(stk);
  CHECK(map_frame != 0 && stack_frame != 0, "mapped page and stack page have frames");

  msg("fork child");
  pid_t pid = fork("child");
  if (pid == 0) child(stk);
  if (pid == PID_ERROR) fail("fork returned %d", pid);

  int status = wait(pid);
  CHECK(status == 42, "child exited with status %d", status);
  CHECK(!memcmp(MAP, sample, SAMPLE_LEN), "the parent's mapped page still holds \"sample.txt\"");
  expect_page(stk, 1, 0);
  msg("the parent's stack page holds its own data");
  CHECK((uintptr_t)get_phys_addr(MAP) == map_frame && (uintptr_t)get_phys_addr(stk) == stack_frame,
        "the parent kept its frames");

  memcpy(MAP, parent_text, sizeof parent_text);
  CHECK((uintptr_t)get_phys_addr(MAP) == map_frame, "write the mapped page, no longer shared: same frame");
  munmap(MAP);
  msg("munmap");
  char expected[SAMPLE_LEN];
  memcpy(expected, sample, SAMPLE_LEN);
  memcpy(expected, parent_text, sizeof parent_text);
  check_file("sample.txt", expected, SAMPLE_LEN);
  close(fd);
}
