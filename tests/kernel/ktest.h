/* tests/kernel/ktest.h -- kernel-side tests: registration and messages.
 *
 * A kernel test is a function that runs in a kernel thread when the command
 * line says `run NAME`.  Each test file registers itself:
 *
 *     static void test_alarm_single(void) { ... }
 *     KERNEL_TEST("alarm-single", test_alarm_single);
 *
 * The registration lands in the `kernel_tests` linker section; the `run`
 * action looks NAME up there before trying a user program, so no central
 * table needs editing.  Tests print through msg(), which prefixes the test
 * name as the .ck checkers expect: "(alarm-single) begin". */
#ifndef TESTS_KERNEL_KTEST_H
#define TESTS_KERNEL_KTEST_H

#include "lib/debug.h"

struct kernel_test {
  const char *name;
  void (*function)(void);
};

#define KTEST_CAT2(A, B) A##B
#define KTEST_CAT(A, B) KTEST_CAT2(A, B)
#define KERNEL_TEST(NAME, FUNCTION)                                         \
  [[gnu::used, gnu::section("kernel_tests")]] static const kernel_test     \
      KTEST_CAT(ktest_entry_, __LINE__) = {NAME, FUNCTION}

/* The test registered as NAME, or NULL. */
const kernel_test *ktest_find(const char *name);
/* Runs the test registered as NAME (sets the name msg() prints).  Returns
 * false if there is none. */
bool ktest_run(const char *name);

/* Prints "(NAME) FORMAT\n". */
void msg(const char *format, ...) PRINTF_FORMAT(1, 2);
/* Prints "(NAME) FAIL: FORMAT\n" and panics. */
[[noreturn]] void fail(const char *format, ...) PRINTF_FORMAT(1, 2);
/* Prints "(NAME) PASS\n". */
void pass(void);

#endif /* TESTS_KERNEL_KTEST_H */
