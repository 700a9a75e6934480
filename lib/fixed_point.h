/// SOLUTION FILE(threads): fixed-point arithmetic for the MLFQS (load_avg,
/// recent_cpu); students write their own.
/* lib/fixed_point.h -- 17.14 signed fixed-point numbers.
 *
 * Layer: lib/ (depends on nothing).  The MLFQS scheduler (kernel/thread.cc)
 * keeps load_avg and recent_cpu as real numbers; the kernel has no floating
 * point (no FPU state is saved on a context switch), so they are integers
 * scaled by 2^14:
 *
 *     bit  31 | 30 ............ 14 | 13 ........... 0
 *         sign    integer part (17)   fraction (14)
 *
 * Fixed is a plain value type (one int32_t, trivially copyable).  Each
 * operation is named after what it does; the ones that mix a Fixed and an
 * int take the int unscaled.  Products and quotients of two Fixed values
 * widen to 64 bits first, so the intermediate never overflows for values the
 * scheduler produces (|x| < 2^17).  Nothing here allocates or sleeps. */
#ifndef LIB_FIXED_POINT_H
#define LIB_FIXED_POINT_H

#include <stdint.h>

class fixed {
 public:
  static constexpr int FRACTION_BITS = 14;
  static constexpr int32_t ONE = 1 << FRACTION_BITS;

  constexpr fixed() : raw_(0) {}

  /* N as a fixed-point number. */
  static constexpr fixed from_int(int n) { return fixed(n * ONE); }
  /* NUM / DEN as a fixed-point number (DEN != 0), e.g. from_ratio(59, 60). */
  static constexpr fixed from_ratio(int num, int den) { return from_int(num).div_int(den); }
  /* The raw scaled representation (for tests and debugging). */
  static constexpr fixed from_raw(int32_t raw) { return fixed(raw); }
  constexpr int32_t raw() const { return raw_; }

  /* Integer part, rounding toward zero. */
  constexpr int trunc() const { return raw_ / ONE; }
  /* Nearest integer, halves rounded away from zero. */
  constexpr int round() const {
    return raw_ >= 0 ? (raw_ + ONE / 2) / ONE : (raw_ - ONE / 2) / ONE;
  }

  constexpr fixed add(fixed o) const { return fixed(raw_ + o.raw_); }
  constexpr fixed sub(fixed o) const { return fixed(raw_ - o.raw_); }
  constexpr fixed add_int(int n) const { return fixed(raw_ + n * ONE); }
  constexpr fixed sub_int(int n) const { return fixed(raw_ - n * ONE); }
  constexpr fixed mul(fixed o) const {
    return fixed((int32_t)(((int64_t)raw_ * o.raw_) >> FRACTION_BITS));
  }
  constexpr fixed div(fixed o) const {
    return fixed((int32_t)(((int64_t)raw_ << FRACTION_BITS) / o.raw_));
  }
  constexpr fixed mul_int(int n) const { return fixed(raw_ * n); }
  constexpr fixed div_int(int n) const { return fixed(raw_ / n); }

  constexpr bool operator==(const fixed &) const = default;
  constexpr bool operator<(fixed o) const { return raw_ < o.raw_; }

 private:
  constexpr explicit fixed(int32_t raw) : raw_(raw) {}
  int32_t raw_;
};
static_assert(sizeof(fixed) == 4, "Fixed is one 32-bit word");

#endif /* LIB_FIXED_POINT_H */
