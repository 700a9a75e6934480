/* tests/lib.h -- helpers shared by the user-program tests.
 *
 * Every line a test prints has the form "(TEST-NAME) MESSAGE"; the
 * checkers (.ck) compare those lines with the expected output.  A test that
 * detects a problem calls fail(), which prints "(TEST-NAME) FAIL: ..." and
 * exits with status 1.  Messages are written with one write() each, so
 * lines of processes running side by side never mix. */
#ifndef TESTS_LIB_H
#define TESTS_LIB_H

#include <debug.h>
#include <stdbool.h>
#include <stddef.h>
#include <syscall.h>

/* The name printed in parentheses: argv[0] unless the program sets it. */
extern const char *test_name;

/* When true, msg() prints nothing (fail() always prints). */
extern bool quiet;

/* Prints "(TEST-NAME) " followed by the formatted message and a newline. */
void msg(const char *format, ...) PRINTF_FORMAT(1, 2);

/* Prints "(TEST-NAME) FAIL: " and the message, then exits with status 1. */
[[noreturn]] void fail(const char *format, ...) PRINTF_FORMAT(1, 2);

/* Prints the message, then fails with it unless SUCCESS is true.  The
 * message is printed before the check, so the expected output lists every
 * step a test takes. */
#define CHECK(SUCCESS, ...)       \
  do {                            \
    msg(__VA_ARGS__);             \
    if (!(SUCCESS)) fail(__VA_ARGS__); \
  } while (0)

/* Puts the CNT elements of SIZE bytes at BUF in a random order. */
void shuffle(void *buf, size_t cnt, size_t size);

/* Starts "CHILD_NAME I" for each I in [0, CHILD_CNT) with spawn(), printing
 * "exec child I+1 of CHILD_CNT: "CHILD_NAME I"" first; PIDS receives the
 * pids.  Fails if a child cannot be started. */
void exec_children(const char *child_name, pid_t pids[], size_t child_cnt);

/* Waits for each child in PIDS, printing "wait for child I+1 of CNT", and
 * fails unless child I exited with status I. */
void wait_children(pid_t pids[], size_t child_cnt);

/* Runs CMD_LINE in a new process: fork() (naming the child after the first
 * word of CMD_LINE), then exec() in the child.  Returns the child's pid, or
 * PID_ERROR if fork failed.  A child whose exec() fails exits with -1. */
pid_t spawn(const char *cmd_line);

/* Reads FILE_NAME (already open as FD) and fails unless it holds exactly
 * the SIZE bytes at BUF; prints "verified contents of "FILE_NAME"". */
void check_file_handle(int fd, const char *file_name, const void *buf, size_t size);

/* Opens FILE_NAME, checks it as check_file_handle() does, and closes it,
 * printing each step. */
void check_file(const char *file_name, const void *buf, size_t size);

/* Fails, showing where, unless the SIZE bytes READ_DATA equal
 * EXPECTED_DATA; OFS is their offset within FILE_NAME (for the message). */
void compare_bytes(const void *read_data, const void *expected_data, size_t size,
                   size_t ofs, const char *file_name);

#endif /* TESTS_LIB_H */
