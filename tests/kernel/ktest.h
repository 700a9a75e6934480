/* tests/kernel/ktest.h -- what kernel-side tests print with.
 *
 * Tests register themselves with KERNEL_TEST (kernel/ktest.h, included
 * here):
 *
 *     static void test_alarm_single(void) { ... }
 *     KERNEL_TEST("alarm-single", test_alarm_single);
 *
 * and print through msg(), which prefixes the running test's name as the
 * .ck checkers expect: "(alarm-single) begin". */
#ifndef TESTS_KERNEL_KTEST_H
#define TESTS_KERNEL_KTEST_H

#include <debug.h>

#include "kernel/ktest.h"

/* Prints "(NAME) FORMAT\n". */
void msg(const char *format, ...) PRINTF_FORMAT(1, 2);
/* Prints "(NAME) FAIL: FORMAT\n" and panics. */
[[noreturn]] void fail(const char *format, ...) PRINTF_FORMAT(1, 2);
/* Prints "(NAME) PASS\n". */
void pass(void);

#endif /* TESTS_KERNEL_KTEST_H */
