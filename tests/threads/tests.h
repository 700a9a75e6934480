/* tests/threads/tests.h -- what every kernel-side threads test shares.
 *
 * THREADS_TEST(NAME, FUNCTION) registers FUNCTION as kernel test NAME (see
 * tests/kernel/ktest.h) wrapped in the "begin" and "end" lines that the
 * standard expected outputs frame each test with; a test that fails panics
 * inside fail() and so never prints "end". */
#ifndef TESTS_THREADS_TESTS_H
#define TESTS_THREADS_TESTS_H

#include "tests/kernel/ktest.h"

#define THREADS_TEST(NAME, FUNCTION)      \
  static void FUNCTION##_framed(void) {   \
    msg("begin");                         \
    FUNCTION();                           \
    msg("end");                           \
  }                                       \
  KERNEL_TEST(NAME, FUNCTION##_framed)

#endif /* TESTS_THREADS_TESTS_H */
