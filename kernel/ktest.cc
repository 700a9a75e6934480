/* kernel/ktest.cc -- looking up and running registered kernel tests (see
 * ktest.h). */
#include "kernel/ktest.h"

#include <string.h>

extern "C" const kernel_test __start_kernel_tests[], __stop_kernel_tests[];

namespace {
const kernel_test *current_test; /* set by ktest_run; the main thread only */
}  // namespace

const kernel_test *ktest_find(const char *name) {
  for (const kernel_test *t = __start_kernel_tests; t < __stop_kernel_tests; t++)
    if (strcmp(t->name, name) == 0) return t;
  return nullptr;
}

bool ktest_run(const char *name) {
  const kernel_test *t = ktest_find(name);
  if (t == nullptr) return false;
  current_test = t;
  t->function();
  return true;
}

const kernel_test *ktest_current(void) { return current_test; }
