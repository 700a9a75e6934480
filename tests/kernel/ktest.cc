/* tests/kernel/ktest.cc -- finding and running registered kernel tests, and
 * the msg/fail/pass helpers they print with. */
#include "tests/kernel/ktest.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

extern "C" const kernel_test __start_kernel_tests[], __stop_kernel_tests[];

namespace {
const char *current_test = "kernel";

void vmsg(const char *prefix, const char *format, va_list args) {
  char buf[512];
  int n = snprintf(buf, sizeof buf, "(%s) %s", current_test, prefix);
  if (n < 0 || (size_t)n >= sizeof buf) n = 0;
  vsnprintf(buf + n, sizeof buf - n, format, args);
  printf("%s\n", buf);
}
}  // namespace

const kernel_test *ktest_find(const char *name) {
  for (const kernel_test *t = __start_kernel_tests; t < __stop_kernel_tests; t++)
    if (strcmp(t->name, name) == 0) return t;
  return nullptr;
}

bool ktest_run(const char *name) {
  const kernel_test *t = ktest_find(name);
  if (t == nullptr) return false;
  current_test = t->name;
  t->function();
  return true;
}

void msg(const char *format, ...) {
  va_list args;
  va_start(args, format);
  vmsg("", format, args);
  va_end(args);
}

void fail(const char *format, ...) {
  va_list args;
  va_start(args, format);
  vmsg("FAIL: ", format, args);
  va_end(args);
  PANIC("test failed");
}

void pass(void) { printf("(%s) PASS\n", current_test); }
