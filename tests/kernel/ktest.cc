/* tests/kernel/ktest.cc -- the msg/fail/pass helpers kernel tests print
 * with (the registry itself is kernel/ktest.cc). */
#include "tests/kernel/ktest.h"

#include <stdarg.h>
#include <stdio.h>

namespace {
/* The name msg() prefixes: the running test's, or "kernel". */
const char *test_name(void) {
  const kernel_test *t = ktest_current();
  return t != nullptr ? t->name : "kernel";
}

void vmsg(const char *prefix, const char *format, va_list args) {
  char buf[512];
  int n = snprintf(buf, sizeof buf, "(%s) %s", test_name(), prefix);
  if (n < 0 || (size_t)n >= sizeof buf) n = 0;
  vsnprintf(buf + n, sizeof buf - n, format, args);
  printf("%s\n", buf);
}
}  // namespace

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

void pass(void) { printf("(%s) PASS\n", test_name()); }
