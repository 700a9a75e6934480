/* lib/stdlib.h -- general utilities: number parsing, abs, sorting and
 * searching arrays, and the C allocation functions.
 *
 * malloc, calloc, realloc and free are only declared here: the kernel
 * defines them in kernel/malloc.cc and the user library in lib/user/.
 * Everything else is defined in lib/stdlib.cc and allocates nothing. */
#ifndef LIB_STDLIB_H
#define LIB_STDLIB_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Allocation (defined by the kernel or the user library).  malloc returns
 * NULL when memory is short; free(NULL) does nothing. */
void *malloc(size_t size);
void *calloc(size_t n, size_t size);
void *realloc(void *old, size_t new_size);
void free(void *p);

/* Parses S as a decimal integer: optional leading white space, an optional
 * sign, then digits; stops at the first non-digit.  Returns 0 if there are
 * no digits.  Overflow is not detected (the value wraps). */
int atoi(const char *s);
/* Parses an integer in BASE (2..36, or 0: a "0x" prefix means 16, a leading
 * "0" means 8, else 10), after optional white space and sign.  If ENDPTR is
 * not NULL, stores there the address just past the digits used (S itself
 * if there were none).  Out-of-range values saturate at LONG_MIN/LONG_MAX. */
long strtol(const char *s, char **endptr, int base);

int abs(int x);
long labs(long x);
long long llabs(long long x);

/* Sorts the CNT elements of SIZE bytes at ARRAY into ascending order by
 * COMPARE (negative, 0, positive as its first argument is below, equal to or
 * above its second).  Heap sort: O(n log n), no allocation, not stable. */
void qsort(void *array, size_t cnt, size_t size,
           int (*compare)(const void *, const void *));
/* Searches the CNT elements of SIZE bytes at ARRAY, sorted by COMPARE, for
 * one equal to KEY (COMPARE(KEY, element)).  Returns it, or NULL. */
void *bsearch(const void *key, const void *array, size_t cnt, size_t size,
              int (*compare)(const void *, const void *));

#ifdef __cplusplus
}
#endif

#endif /* LIB_STDLIB_H */
