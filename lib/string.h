/* lib/string.h -- byte-block and C-string functions for kernel and user code.
 *
 * The standard C names and behaviours.  memcpy, memmove, memset and memcmp
 * also back the calls GCC emits on its own (struct copies, zeroing), so they
 * have C linkage and never call anything themselves.  Pointer arguments must
 * be valid (NULL is not checked: it faults on the unmapped page 0); a size of
 * 0 touches nothing.  strcpy/strcat/strncpy/strtok are deliberately absent:
 * use strlcpy/strlcat/strtok_r. */
#ifndef LIB_STRING_H
#define LIB_STRING_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Copies SIZE bytes from SRC to DST, which must not overlap.  Returns DST. */
void *memcpy(void *dst, const void *src, size_t size);
/* Copies SIZE bytes from SRC to DST; the blocks may overlap.  Returns DST. */
void *memmove(void *dst, const void *src, size_t size);
/* Sets SIZE bytes at DST to (unsigned char) VALUE.  Returns DST. */
void *memset(void *dst, int value, size_t size);
/* Compares the first SIZE bytes of A and B as unsigned chars: negative, 0 or
 * positive as A is below, equal to or above B. */
int memcmp(const void *a, const void *b, size_t size);
/* The first byte equal to (unsigned char) CH in the SIZE bytes at BLOCK, or
 * NULL. */
void *memchr(const void *block, int ch, size_t size);

/* Length of S, not counting its NUL. */
size_t strlen(const char *s);
/* Length of S, but at most MAXLEN; reads no byte past S[MAXLEN - 1]. */
size_t strnlen(const char *s, size_t maxlen);
/* Compares A and B as unsigned chars: negative, 0 or positive. */
int strcmp(const char *a, const char *b);
/* Like strcmp, on at most the first SIZE characters. */
int strncmp(const char *a, const char *b, size_t size);
/* The first CH in S, or NULL.  CH may be '\0' (returns the terminator). */
char *strchr(const char *s, int ch);
/* The last CH in S, or NULL.  CH may be '\0'. */
char *strrchr(const char *s, int ch);
/* The first occurrence of NEEDLE in HAYSTACK, or NULL; an empty NEEDLE
 * matches at HAYSTACK. */
char *strstr(const char *haystack, const char *needle);
/* Length of the prefix of S made only of characters in ACCEPT. */
size_t strspn(const char *s, const char *accept);
/* Length of the prefix of S made only of characters not in REJECT. */
size_t strcspn(const char *s, const char *reject);
/* The first character of S that is in STOP, or NULL. */
char *strpbrk(const char *s, const char *stop);

/* Copies SRC into DST (SIZE bytes of room), truncating so the result is
 * always NUL-terminated when SIZE > 0.  Returns strlen(SRC): truncation
 * happened iff the result is >= SIZE. */
size_t strlcpy(char *dst, const char *src, size_t size);
/* Appends SRC to the string in DST (SIZE bytes of room), truncating, and
 * NUL-terminates if there is room for it.  Returns the length the whole
 * string would have had: strnlen(DST, SIZE) + strlen(SRC). */
size_t strlcat(char *dst, const char *src, size_t size);

/* Splits a string into tokens separated by runs of characters in DELIMITERS.
 * First call: S is the string (modified in place: each token's end is
 * overwritten with '\0'); later calls: S is NULL and SAVE_PTR carries the
 * position.  Returns the next token, or NULL when none is left.  Reentrant:
 * all state lives in *SAVE_PTR. */
char *strtok_r(char *s, const char *delimiters, char **save_ptr);

#ifdef __cplusplus
}
#endif

#endif /* LIB_STRING_H */
