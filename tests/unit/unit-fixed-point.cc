/* tests/unit/unit-fixed-point.cc -- the 17.14 fixed-point type
 * (lib/fixed_point.h): conversions, rounding in both directions, the mixed
 * and pure operations, and the MLFQS formulas on known values.  Each check
 * prints one line, so the checker sees every value. */
#include "lib/fixed_point.h"
#include "tests/kernel/ktest.h"

namespace {

/* Checks that GOT equals WANT and prints "WHAT = GOT". */
void expect(const char *what, int got, int want) {
  if (got != want) fail("%s = %d, expected %d", what, got, want);
  msg("%s = %d", what, got);
}

void test_unit_fixed_point(void) {
  msg("begin");
  expect("raw(1)", fixed::from_int(1).raw(), 1 << 14);
  expect("trunc(-3)", fixed::from_int(-3).trunc(), -3);
  expect("trunc(7/2)", fixed::from_ratio(7, 2).trunc(), 3);
  expect("round(7/2)", fixed::from_ratio(7, 2).round(), 4);
  expect("trunc(-7/2)", fixed::from_ratio(-7, 2).trunc(), -3);
  expect("round(-7/2)", fixed::from_ratio(-7, 2).round(), -4);
  expect("round(10/3)", fixed::from_ratio(10, 3).round(), 3);
  expect("round(-10/3)", fixed::from_ratio(-10, 3).round(), -3);
  expect("raw(59/60)", fixed::from_ratio(59, 60).raw(), 16110);
  expect("(5/2)*(3/2)*100", fixed::from_ratio(5, 2).mul(fixed::from_ratio(3, 2)).mul_int(100).round(), 375);
  expect("(-5/2)*(3/2)*100", fixed::from_ratio(-5, 2).mul(fixed::from_ratio(3, 2)).mul_int(100).round(), -375);
  expect("(9/4)/(3/2)*100", fixed::from_ratio(9, 4).div(fixed::from_ratio(3, 2)).mul_int(100).round(), 150);
  expect("(7)+(1/2)-2", fixed::from_int(7).add(fixed::from_ratio(1, 2)).sub_int(2).mul_int(10).round(), 55);
  expect("1000*100 (no overflow)", fixed::from_int(1000).mul(fixed::from_int(100)).trunc(), 100000);
  expect("100000/1000", fixed::from_int(100000).div(fixed::from_int(1000)).trunc(), 100);

  /* load_avg after one second with one ready thread: 1/60 = 0.0167. */
  fixed load = fixed::from_ratio(59, 60).mul(fixed()).add(fixed::from_ratio(1, 60).mul_int(1));
  expect("100*load_avg(1 s)", load.mul_int(100).round(), 2);
  /* After 60 s of one ready thread: ideally 1 - (59/60)^60 = 0.6352; 59/60
   * truncated to 16110/16384 and each product truncated give 0.63. */
  for (int i = 1; i < 60; i++)
    load = fixed::from_ratio(59, 60).mul(load).add(fixed::from_ratio(1, 60));
  expect("100*load_avg(60 s)", load.mul_int(100).round(), 63);
  /* recent_cpu decay with load_avg 1: 2/3 of 90 plus nice 5 = 65. */
  fixed twice = fixed::from_int(1).mul_int(2);
  fixed decay = twice.div(twice.add_int(1));
  expect("recent_cpu", decay.mul(fixed::from_int(90)).add_int(5).round(), 65);
  /* Priority: 63 - recent_cpu/4 - 2*nice with recent_cpu 10.5, nice 2. */
  expect("priority", 63 - fixed::from_ratio(21, 2).div_int(4).trunc() - 2 * 2, 57);
  msg("end");
}

}  // namespace

KERNEL_TEST("unit-fixed-point", test_unit_fixed_point);
