/* tests/threads/tests.c -- the table of threads tests, run_test(), and the
 * messages the tests print; see tests.h. */
#include "tests/threads/tests.h"

#include <debug.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

struct test
  {
    const char *name;
    test_func *function;
  };

static const struct test tests[] =
  {
    {"alarm-single", test_alarm_single},
    {"alarm-multiple", test_alarm_multiple},
    {"alarm-simultaneous", test_alarm_simultaneous},
    {"alarm-priority", test_alarm_priority},
    {"alarm-zero", test_alarm_zero},
    {"alarm-negative", test_alarm_negative},
    {"priority-change", test_priority_change},
    {"priority-donate-one", test_priority_donate_one},
    {"priority-donate-multiple", test_priority_donate_multiple},
    {"priority-donate-multiple2", test_priority_donate_multiple2},
    {"priority-donate-nest", test_priority_donate_nest},
    {"priority-donate-sema", test_priority_donate_sema},
    {"priority-donate-lower", test_priority_donate_lower},
    {"priority-donate-chain", test_priority_donate_chain},
    {"priority-fifo", test_priority_fifo},
    {"priority-preempt", test_priority_preempt},
    {"priority-sema", test_priority_sema},
    {"priority-condvar", test_priority_condvar},
    {"mlfqs-load-1", test_mlfqs_load_1},
    {"mlfqs-load-60", test_mlfqs_load_60},
    {"mlfqs-load-avg", test_mlfqs_load_avg},
    {"mlfqs-recent-1", test_mlfqs_recent_1},
    {"mlfqs-fair-2", test_mlfqs_fair_2},
    {"mlfqs-fair-20", test_mlfqs_fair_20},
    {"mlfqs-nice-2", test_mlfqs_nice_2},
    {"mlfqs-nice-10", test_mlfqs_nice_10},
    {"mlfqs-block", test_mlfqs_block},
  };

/* The running test's name, for the messages. */
static const char *test_name;

void
run_test (const char *name)
{
  size_t i;

  for (i = 0; i < sizeof tests / sizeof *tests; i++)
    if (strcmp (name, tests[i].name) == 0)
      {
        test_name = name;
        msg ("begin");
        tests[i].function ();
        msg ("end");
        return;
      }
  PANIC ("no test named \"%s\"", name);
}

/* Prints "(NAME) PREFIX", the message and a newline, as one printf. */
static void
print_line (const char *prefix, const char *format, va_list args)
{
  char line[512];
  int len = snprintf (line, sizeof line, "(%s) %s", test_name, prefix);
  if (len < 0 || (size_t) len >= sizeof line)
    len = 0;
  vsnprintf (line + len, sizeof line - len, format, args);
  printf ("%s\n", line);
}

void
msg (const char *format, ...)
{
  va_list args;
  va_start (args, format);
  print_line ("", format, args);
  va_end (args);
}

void
fail (const char *format, ...)
{
  va_list args;
  va_start (args, format);
  print_line ("FAIL: ", format, args);
  va_end (args);
  PANIC ("test failed");
}

void
pass (void)
{
  printf ("(%s) PASS\n", test_name);
}
