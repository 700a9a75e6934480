/* tests/threads/alarm-zero.cc -- alarm-zero and alarm-negative: sleeping
 * zero or a negative number of ticks returns at once (and must not
 * crash or block forever). */
#include "devices/timer.h"
#include "tests/threads/tests.h"

namespace {
void test_alarm_zero(void) {
  timer_sleep(0);
  pass();
}

void test_alarm_negative(void) {
  timer_sleep(-100);
  pass();
}
}  // namespace

THREADS_TEST("alarm-zero", test_alarm_zero);
THREADS_TEST("alarm-negative", test_alarm_negative);
