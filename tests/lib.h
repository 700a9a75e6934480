/* tests/lib.h -- helpers shared by the user-program tests (C), with the
 * interface of the standard Pintos tests/lib.h, so that standard tests
 * build against it unchanged.
 *
 * Every line a test prints has the form "(TEST-NAME) MESSAGE"; the
 * checkers (.ck) compare those lines with the expected output.  A test that
 * detects a problem calls fail(), which prints "(TEST-NAME) MESSAGE:
 * FAILED" and exits with status 1.  Each message is written with one
 * write(), so lines of processes running side by side never mix. */
#ifndef TESTS_LIB_H
#define TESTS_LIB_H

#include <debug.h>
#include <stdbool.h>
#include <stddef.h>
#include <syscall.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The name printed in parentheses (tests/main.c sets it to argv[0]). */
extern const char *test_name;

/* When true, msg() prints nothing (fail() always prints). */
extern bool quiet;

/* Prints "(TEST-NAME) " followed by the formatted message and a newline. */
void msg (const char *format, ...) PRINTF_FORMAT (1, 2);

/* Prints "(TEST-NAME) " and the message, then ": FAILED", and exits with
 * status 1. */
void fail (const char *format, ...) PRINTF_FORMAT (1, 2) NO_RETURN;

/* Prints the message, then fails with it unless SUCCESS is true.  The
 * message is printed before the check, so the expected output lists every
 * step a test takes; neither SUCCESS nor the message may have side effects
 * the other depends on. */
#define CHECK(SUCCESS, ...)             \
  do {                                  \
    msg (__VA_ARGS__);                  \
    if (!(SUCCESS))                     \
      fail (__VA_ARGS__);               \
  } while (0)

/* Puts the CNT elements of SIZE bytes at BUF in a random order (one
 * random_ulong() per element, so runs seeded alike shuffle alike). */
void shuffle (void *buf, size_t cnt, size_t size);

/* Starts "CHILD_NAME I" for each I in [0, CHILD_CNT): fork(CHILD_NAME),
 * then exec() in the child; the parent prints "exec child I+1 of
 * CHILD_CNT: "CHILD_NAME I"" and fails if the fork failed.  PIDS receives
 * the pids. */
void exec_children (const char *child_name, pid_t pids[], size_t child_cnt);

/* Waits for each child in PIDS, printing "wait for child I+1 of CNT
 * returned S (expected I)", and fails unless child I exited with status I. */
void wait_children (pid_t pids[], size_t child_cnt);

/* Reads FILE_NAME (already open as FD) and fails unless it holds exactly
 * the SIZE bytes at BUF; prints "verified contents of "FILE_NAME"". */
void check_file_handle (int fd, const char *file_name, const void *buf, size_t size);

/* Opens FILE_NAME, checks it as check_file_handle() does, and closes it,
 * printing each step. */
void check_file (const char *file_name, const void *buf, size_t size);

/* Fails, showing where, unless the SIZE bytes READ_DATA equal
 * EXPECTED_DATA; OFS is their offset within FILE_NAME (for the message). */
void compare_bytes (const void *read_data, const void *expected_data, size_t size,
                    size_t ofs, const char *file_name);

#ifdef __cplusplus
}
#endif

#endif /* TESTS_LIB_H */
