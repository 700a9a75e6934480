/* tests/isolation/fpu-clean.cc -- helper of fpu-exec: exits 0 if the
 * x87/SSE registers are in the state a new program starts with, 1 if not.
 * It checks before anything else runs that could touch them. */
#include <syscall.h>

#include "tests/isolation/fpu.h"
/* The test library is C; its headers may be the standard ones, which do
 * not say so themselves. */
extern "C" {
#include "tests/lib.h"
}

int main(void) {
  test_name = "fpu-clean";
  bool clean = fpu_is_clean();
  msg(clean ? "registers are clean" : "registers hold another program's values");
  return clean ? 0 : 1;
}
