/* tests/threads/tests.h -- the kernel-side threads tests, in the standard
 * Pintos form: each test is a C function test_NAME(void) in its own file,
 * listed in the table in tests/threads/tests.c, which run_test() searches.
 * The kernel's `run NAME` reaches run_test(NAME) through a table the
 * top-level Makefile generates from tests/threads_TESTS and
 * tests/threads/mlfqs_TESTS. */
#ifndef TESTS_THREADS_TESTS_H
#define TESTS_THREADS_TESTS_H

/* Runs the test called NAME between "(NAME) begin" and "(NAME) end";
 * panics if there is none. */
void run_test (const char *name);

typedef void test_func (void);

extern test_func test_alarm_single;
extern test_func test_alarm_multiple;
extern test_func test_alarm_simultaneous;
extern test_func test_alarm_priority;
extern test_func test_alarm_zero;
extern test_func test_alarm_negative;
extern test_func test_priority_change;
extern test_func test_priority_donate_one;
extern test_func test_priority_donate_multiple;
extern test_func test_priority_donate_multiple2;
extern test_func test_priority_donate_sema;
extern test_func test_priority_donate_nest;
extern test_func test_priority_donate_lower;
extern test_func test_priority_donate_chain;
extern test_func test_priority_fifo;
extern test_func test_priority_preempt;
extern test_func test_priority_sema;
extern test_func test_priority_condvar;
extern test_func test_mlfqs_load_1;
extern test_func test_mlfqs_load_60;
extern test_func test_mlfqs_load_avg;
extern test_func test_mlfqs_recent_1;
extern test_func test_mlfqs_fair_2;
extern test_func test_mlfqs_fair_20;
extern test_func test_mlfqs_nice_2;
extern test_func test_mlfqs_nice_10;
extern test_func test_mlfqs_block;

/* Prints "(NAME) " and the formatted message, then a newline. */
void msg (const char *format, ...) __attribute__ ((format (printf, 1, 2)));
/* Prints "(NAME) FAIL: " and the formatted message, then panics. */
void fail (const char *format, ...) __attribute__ ((format (printf, 1, 2), noreturn));
/* Prints "(NAME) PASS". */
void pass (void);

#endif /* TESTS_THREADS_TESTS_H */
