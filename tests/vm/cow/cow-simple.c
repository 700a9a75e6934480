/* tests/vm/cow/cow-simple.c -- fork() shares pages copy-on-write: right
 * after the fork the child's copy of the 2 MB `large` array sits in the
 * parent's frame; the child's write gives it a frame of its own; the
 * parent's page keeps its frame and its data. */
#include <stdint.h>
#include <string.h>
#include <syscall.h>

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/large.inc"

void test_main(void) {
  const char *head = "Lorem ipsum";
  size_t head_len = strlen(head);

  CHECK(memcmp(head, large, head_len) == 0, "check data consistency");
  void *parent_frame = get_phys_addr(large);

  pid_t child = fork("child");
  if (child == 0) {
    CHECK(memcmp(head, large, head_len) == 0, "check data consistency");
    CHECK(get_phys_addr(large) == parent_frame, "two phys addrs should be the same.");
    large[0] = '@';
    CHECK(memcmp(head, large, head_len) != 0, "check data change");
    CHECK(get_phys_addr(large) != parent_frame, "two phys addrs should not be the same.");
    return; /* ends through test_main: "end" */
  }

  wait(child);
  CHECK(get_phys_addr(large) == parent_frame, "two phys addrs should be the same.");
  CHECK(memcmp(head, large, head_len) == 0, "check data consistency");
}
