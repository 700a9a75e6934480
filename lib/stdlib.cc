/* lib/stdlib.cc -- number parsing, abs, qsort and bsearch (see stdlib.h).
 * The allocation functions declared in stdlib.h live elsewhere. */
#include <stdlib.h>

#include <ctype.h>
#include <debug.h>
#include <limits.h>
#include <stdint.h>

namespace {

/* Swaps the SIZE bytes at A and B. */
void swap_bytes(unsigned char *a, unsigned char *b, size_t size) {
  for (size_t i = 0; i < size; i++) {
    unsigned char t = a[i];
    a[i] = b[i];
    b[i] = t;
  }
}

/* Heap-sort helper: restores the max-heap property below node I of the
 * CNT-element heap at BASE, assuming both subtrees are heaps already. */
void sift_down(unsigned char *base, size_t i, size_t cnt, size_t size,
               int (*compare)(const void *, const void *)) {
  for (;;) {
    size_t largest = i, left = 2 * i + 1, right = 2 * i + 2;
    if (left < cnt && compare(base + left * size, base + largest * size) > 0) largest = left;
    if (right < cnt && compare(base + right * size, base + largest * size) > 0) largest = right;
    if (largest == i) return;
    swap_bytes(base + i * size, base + largest * size, size);
    i = largest;
  }
}

/* The value of digit C in bases up to 36, or 36 if C is not a digit. */
int digit_value(char c) {
  if (isdigit((unsigned char)c)) return c - '0';
  if (islower((unsigned char)c)) return c - 'a' + 10;
  if (isupper((unsigned char)c)) return c - 'A' + 10;
  return 36;
}

}  // namespace

extern "C" {

int atoi(const char *s) {
  ASSERT(s != NULL);
  while (isspace((unsigned char)*s)) s++;
  bool negative = false;
  if (*s == '+' || *s == '-') negative = *s++ == '-';
  unsigned value = 0;
  for (; isdigit((unsigned char)*s); s++) value = value * 10 + (unsigned)(*s - '0');
  return negative ? (int)(0u - value) : (int)value;
}

long strtol(const char *s, char **endptr, int base) {
  ASSERT(s != NULL);
  ASSERT(base == 0 || (base >= 2 && base <= 36));
  const char *p = s;
  while (isspace((unsigned char)*p)) p++;
  bool negative = false;
  if (*p == '+' || *p == '-') negative = *p++ == '-';
  if ((base == 0 || base == 16) && p[0] == '0' && (p[1] == 'x' || p[1] == 'X') &&
      digit_value(p[2]) < 16) {
    p += 2;
    base = 16;
  } else if (base == 0) {
    base = p[0] == '0' ? 8 : 10;
  }

  /* Accumulate the magnitude, saturating at the limit for this sign. */
  unsigned long limit = negative ? (unsigned long)LONG_MAX + 1 : (unsigned long)LONG_MAX;
  unsigned long value = 0;
  bool any = false, overflow = false;
  for (int d; (d = digit_value(*p)) < base; p++) {
    any = true;
    if (value > (limit - (unsigned long)d) / (unsigned long)base) overflow = true;
    else value = value * (unsigned long)base + (unsigned long)d;
  }
  if (endptr != NULL) *endptr = (char *)(any ? p : s);
  if (overflow) return negative ? LONG_MIN : LONG_MAX;
  return negative ? (long)(0ul - value) : (long)value;
}

int abs(int x) { return x < 0 ? -x : x; }

long labs(long x) { return x < 0 ? -x : x; }

long long llabs(long long x) { return x < 0 ? -x : x; }

void qsort(void *array, size_t cnt, size_t size,
           int (*compare)(const void *, const void *)) {
  ASSERT(array != NULL || cnt == 0);
  ASSERT(compare != NULL);
  unsigned char *base = (unsigned char *)array;
  if (cnt < 2) return;
  /* Build a max-heap, then repeatedly move its top to the end. */
  for (size_t i = cnt / 2; i-- > 0;) sift_down(base, i, cnt, size, compare);
  for (size_t end = cnt - 1; end > 0; end--) {
    swap_bytes(base, base + end * size, size);
    sift_down(base, 0, end, size, compare);
  }
}

void *bsearch(const void *key, const void *array, size_t cnt, size_t size,
              int (*compare)(const void *, const void *)) {
  const unsigned char *base = (const unsigned char *)array;
  size_t lo = 0, hi = cnt; /* The answer, if any, is in [lo, hi). */
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int cmp = compare(key, base + mid * size);
    if (cmp == 0) return (void *)(base + mid * size);
    if (cmp < 0) hi = mid;
    else lo = mid + 1;
  }
  return NULL;
}

}  // extern "C"
