/* tests/vm/swap-exhaust.cc -- out of frames and out of swap.
 *
 * A child touches more memory than RAM and swap hold together (run with
 * -m 8 and a 4 MB swap disk).  The kernel must end it with -1 -- no panic,
 * no hang -- and give everything back: the parent then runs on, touching
 * memory of its own, and the shutdown leak check finds nothing. */
#include <syscall.h>

#include "tests/lib.h"
#include "tests/main.h"

#define HOG_MB 24
#define PAGE 4096

static char big[HOG_MB << 20];

void test_main(void) {
  pid_t pid = fork("hog");
  if (pid == 0) {
    for (size_t i = 0; i < sizeof big; i += PAGE) big[i] = 1;
    fail("touched %d MB with less RAM and swap than that", HOG_MB);
  }
  /* Wait first: the hog's exit line must come before ours. */
  int status = wait(pid);
  CHECK(status == -1, "wait for hog: killed");

  for (int i = 0; i < 256; i++) big[i * PAGE] = (char)i;
  for (int i = 0; i < 256; i++)
    if (big[i * PAGE] != (char)i) fail("page %d lost its byte", i);
  msg("parent touched 1 MB after the hog died");
}
