/* tests/threads/mlfqs-load-1.cc -- one busy thread drives load_avg from 0
 * past 0.5 in 38..45 seconds (the ideal curve crosses it after about 42 s);
 * ten idle seconds later it is back under 0.5. */
#include "devices/timer.h"
#include "kernel/thread.h"
#include "tests/threads/tests.h"

namespace {

void test_mlfqs_load_1(void) {
  ASSERT(thread_mlfqs);
  msg("spinning for up to 45 seconds, please wait...");

  int64_t start = timer_ticks();
  int elapsed;
  for (;;) {
    int load_avg = thread_get_load_avg();
    ASSERT(load_avg >= 0);
    elapsed = (int)(timer_elapsed(start) / TIMER_FREQ);
    if (load_avg > 100)
      fail("load average is %d.%02d but should be between 0 and 1 (after %d seconds)",
           load_avg / 100, load_avg % 100, elapsed);
    else if (load_avg > 50)
      break;
    else if (elapsed > 45)
      fail("load average stayed below 0.5 for more than 45 seconds");
  }
  if (elapsed < 38) fail("load average took only %d seconds to rise above 0.5", elapsed);
  msg("load average rose to 0.5 after %d seconds", elapsed);

  msg("sleeping for another 10 seconds, please wait...");
  timer_sleep(TIMER_FREQ * 10);
  int load_avg = thread_get_load_avg();
  if (load_avg < 0) fail("load average fell below 0");
  if (load_avg > 50) fail("load average stayed above 0.5 for more than 10 seconds");
  msg("load average fell back below 0.5 (to %d.%02d)", load_avg / 100, load_avg % 100);
  pass();
}

}  // namespace

THREADS_TEST("mlfqs-load-1", test_mlfqs_load_1);
