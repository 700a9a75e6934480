/* tests/unit/unit-printf.cc -- snprintf against expected strings for every
 * conversion, flag, width/precision form and length modifier that
 * lib/stdio.h promises, plus truncation and hex_dump's layout. */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "tests/kernel/ktest.h"

/* Some checks pass flag combinations on purpose that GCC's format checker
 * calls redundant ("%+ d", "%-05d", "%05.2d", "%'x"): they pin down which
 * flag wins. */
#pragma GCC diagnostic ignored "-Wformat"

namespace {

/* Formats with snprintf and fails unless the result is EXPECTED and the
 * return value is its length. */
#define EXPECT(EXPECTED, ...) expect(__LINE__, EXPECTED, __VA_ARGS__)

void expect(int line, const char *expected, const char *format, ...)
    PRINTF_FORMAT(3, 4);

int checks;

void expect(int line, const char *expected, const char *format, ...) {
  char buf[256];
  va_list args;
  va_start(args, format);
  int n = vsnprintf(buf, sizeof buf, format, args);
  va_end(args);
  if (strcmp(buf, expected) != 0 || n != (int)strlen(expected))
    fail("line %d: format \"%s\" gave \"%s\" (%d), expected \"%s\" (%d)", line, format,
         buf, n, expected, (int)strlen(expected));
  checks++;
}

/* A NULL string pointer the compiler cannot see through (so -Wformat does
 * not object to passing it to %s). */
const char *volatile null_string = NULL;

void test_integers(void) {
  EXPECT("0 1 -1 42", "%d %i %d %i", 0, 1, -1, 42);
  EXPECT("-2147483648 2147483647", "%d %d", INT_MIN, INT_MAX);
  EXPECT("4294967295 0", "%u %u", UINT_MAX, 0u);
  EXPECT("ff FF 377 0", "%x %X %o %x", 255u, 255u, 255u, 0u);
  EXPECT("deadbeef DEADBEEF", "%x %X", 0xdeadbeefu, 0xdeadbeefu);
  EXPECT("%", "%%");
  EXPECT("100%", "%d%%", 100);
}

void test_flags(void) {
  EXPECT("[   42] [42   ] [00042]", "[%5d] [%-5d] [%05d]", 42, 42, 42);
  EXPECT("[  -42] [-42  ] [-0042]", "[%5d] [%-5d] [%05d]", -42, -42, -42);
  EXPECT("+42 -42 +0", "%+d %+d %+d", 42, -42, 0);
  EXPECT(" 42 -42", "% d % d", 42, -42);
  EXPECT("+42", "%+ d", 42);
  EXPECT("[+42  ]", "[%-+5d]", 42);
  EXPECT("[42   ]", "[%-05d]", 42);
  EXPECT("0x2a 0X2A 052 0 0", "%#x %#X %#o %#x %#o", 42u, 42u, 42u, 0u, 0u);
  EXPECT("[0x002a] [  0x2a]", "[%#06x] [%#6x]", 42u, 42u);
  EXPECT("16,460,800", "%'d", 16460800);
  EXPECT("-1,234,567 999 1,000 0", "%'d %'d %'d %'d", -1234567, 999, 1000, 0);
  EXPECT("18,446,744,073,709,551,615", "%'llu", 18446744073709551615ULL);
  EXPECT("[    12,345]", "[%'10d]", 12345);
  EXPECT("ffff", "%'x", 0xffffu);
}

void test_width_precision(void) {
  EXPECT("[00042] [   00042]", "[%.5d] [%8.5d]", 42, 42);
  EXPECT("[-00042]", "[%.5d]", -42);
  EXPECT("[] [ ] [0]", "[%.0d] [%1.0d] [%#.0o]", 0, 0, 0u);
  EXPECT("[   42]", "[%05.2d]", 42);
  EXPECT("[   42] [42   ]", "[%*d] [%*d]", 5, 42, -5, 42);
  EXPECT("[00042]", "[%.*d]", 5, 42);
  EXPECT("[42]", "[%.*d]", -3, 42);
  EXPECT("[  00042]", "[%*.*d]", 7, 5, 42);
  EXPECT("[0x00ff]", "[%#.4x]", 255u);
}

void test_lengths(void) {
  EXPECT("-1 255", "%hhd %hhu", 255, 255);
  EXPECT("-1 65535", "%hd %hu", 65535, 65535);
  EXPECT("-9223372036854775808", "%ld", LONG_MIN);
  EXPECT("18446744073709551615", "%lu", ULONG_MAX);
  EXPECT("9223372036854775807", "%lld", LLONG_MAX);
  EXPECT("ffffffffffffffff", "%llx", ~0ULL);
  EXPECT("-5 5", "%jd %ju", (intmax_t)-5, (uintmax_t)5);
  EXPECT("123456789012", "%zu", (size_t)123456789012ULL);
  EXPECT("-7", "%td", (ptrdiff_t)-7);
  EXPECT("1777777777777777777777", "%lo", ULONG_MAX);
}

void test_chars_strings(void) {
  EXPECT("a", "%c", 'a');
  EXPECT("[  x] [x  ]", "[%3c] [%-3c]", 'x', 'x');
  EXPECT("hello", "%s", "hello");
  EXPECT("[  hi] [hi  ] [h]", "[%4s] [%-4s] [%.1s]", "hi", "hi", "hi");
  EXPECT("[   he]", "[%5.2s]", "hello");
  EXPECT("[hel]", "[%.*s]", 3, "hello");
  EXPECT("(null)", "%s", null_string);
  EXPECT("[]", "[%s]", "");
}

void test_pointers(void) {
  EXPECT("0x0", "%p", (void *)0);
  EXPECT("0x1234abcd", "%p", (void *)0x1234abcd);
  EXPECT("0x8004000000", "%p", (void *)0x8004000000);
  EXPECT("[      0x10]", "[%10p]", (void *)0x10);
  EXPECT("[0x10      ]", "[%-10p]", (void *)0x10);
}

void test_truncation(void) {
  char buf[8];
  memset(buf, 'x', sizeof buf);
  int n = snprintf(buf, 5, "%s", "abcdefgh");
  if (n != 8 || strcmp(buf, "abcd") != 0 || buf[5] != 'x')
    fail("truncation to 5 gave \"%s\", %d", buf, n);
  memset(buf, 'x', sizeof buf);
  n = snprintf(buf, 1, "%d", 12345);
  if (n != 5 || buf[0] != '\0' || buf[1] != 'x') fail("size 1 gave %d", n);
  n = snprintf(NULL, 0, "%d-%s", -12, "abc");
  if (n != 7) fail("size 0 returned %d, expected 7", n);
  memset(buf, 'x', sizeof buf);
  n = snprintf(buf, sizeof buf, "1234567");
  if (n != 7 || strcmp(buf, "1234567") != 0) fail("exact fit gave \"%s\", %d", buf, n);
}

void unit_printf(void) {
  msg("begin");
  test_integers();
  msg("integers ok");
  test_flags();
  msg("flags ok");
  test_width_precision();
  msg("width and precision ok");
  test_lengths();
  msg("length modifiers ok");
  test_chars_strings();
  msg("characters and strings ok");
  test_pointers();
  msg("pointers ok");
  test_truncation();
  msg("truncation ok");
  msg("%d checks", checks);

  /* hex_dump prints through printf; the checker compares these lines. */
  static const char text[] = "Hello, world!\n\x01\xff" "abcdefghijklmnopq";
  msg("hex_dump:");
  hex_dump(0x1000, text, 16, true);
  hex_dump(0x2005, text, 20, true);
  hex_dump(0, text, 5, false);
  msg("end");
}

}  // namespace

KERNEL_TEST("unit-printf", unit_printf);
