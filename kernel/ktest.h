/* kernel/ktest.h -- the registry of kernel-side tests.
 *
 * Layer: kernel/.  A kernel test is a function linked into the kernel (the
 * threads, unit and boot tests under tests/) that the `run NAME` action
 * runs in the main thread.  Each test file registers its tests itself:
 *
 *     static void test_alarm_single(void) { ... }
 *     KERNEL_TEST("alarm-single", test_alarm_single);
 *
 * A registration is a constant record in the linker section
 * `kernel_tests`; the linker collects them between __start_kernel_tests
 * and __stop_kernel_tests, so adding a test edits no central table, and
 * the kernel needs no header of tests/.  The messages tests print (msg,
 * fail, pass) belong to tests/ (tests/kernel/ktest.h), which includes this
 * file.
 *
 * Life cycle: the registry is fixed at link time; ktest_run() records
 * which test is running, for the messages. */
#ifndef KERNEL_KTEST_H
#define KERNEL_KTEST_H

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

/* Runs the test registered as NAME in the calling thread and returns true
 * when it returns; returns false at once if there is none.  May sleep
 * (whatever the test does). */
bool ktest_run(const char *name);

/* The test ktest_run() is running (or ran last), or NULL before the
 * first. */
const kernel_test *ktest_current(void);

#endif /* KERNEL_KTEST_H */
