/* lib/string.cc -- byte-block and C-string functions (see string.h).
 *
 * memcpy, memmove and memset use the x86 string instructions, which the
 * compiler cannot turn back into calls to these same functions: 8 bytes at
 * a time (`rep movsq`, `rep stosq`), then the odd tail byte by byte.  Real
 * CPUs run `rep movsb` about as fast, but QEMU's TCG, where this kernel
 * lives, executes a `rep` one iteration at a time: a page copy costs 512
 * iterations instead of 4096.  Everything else is a plain loop over
 * bytes. */
#include <string.h>

#include <stdint.h>

extern "C" {

void *memcpy(void *dst, const void *src, size_t size) {
  void *d = dst;
  size_t words = size / 8, tail = size % 8;
  asm volatile("rep movsq\n\tmov %3, %%rcx\n\trep movsb"
               : "+D"(d), "+S"(src), "+c"(words)
               : "r"(tail)
               : "memory");
  return dst;
}

void *memmove(void *dst, const void *src, size_t size) {
  unsigned char *d = (unsigned char *)dst;
  const unsigned char *s = (const unsigned char *)src;
  if (d <= s || d >= s + size) {
    /* Forward copy is safe: DST starts before SRC or past its end. */
    memcpy(d, s, size);
  } else if (size != 0) {
    /* DST overlaps the tail of SRC: copy from the last byte down, with the
     * direction flag set only for this instruction. */
    d += size - 1;
    s += size - 1;
    asm volatile("std\n\trep movsb\n\tcld" : "+D"(d), "+S"(s), "+c"(size) : : "memory");
  }
  return dst;
}

void *memset(void *dst, int value, size_t size) {
  void *d = dst;
  uint64_t pattern = 0x0101010101010101ULL * (unsigned char)value;
  size_t words = size / 8, tail = size % 8;
  asm volatile("rep stosq\n\tmov %2, %%rcx\n\trep stosb"
               : "+D"(d), "+c"(words)
               : "r"(tail), "a"(pattern)
               : "memory");
  return dst;
}

int memcmp(const void *a_, const void *b_, size_t size) {
  const unsigned char *a = (const unsigned char *)a_;
  const unsigned char *b = (const unsigned char *)b_;
  for (size_t i = 0; i < size; i++)
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

void *memchr(const void *block, int ch, size_t size) {
  const unsigned char *p = (const unsigned char *)block;
  for (size_t i = 0; i < size; i++)
    if (p[i] == (unsigned char)ch) return (void *)(p + i);
  return NULL;
}

size_t strlen(const char *s) {
  const char *p = s;
  while (*p != '\0') p++;
  return (size_t)(p - s);
}

size_t strnlen(const char *s, size_t maxlen) {
  size_t n = 0;
  while (n < maxlen && s[n] != '\0') n++;
  return n;
}

int strcmp(const char *a_, const char *b_) {
  const unsigned char *a = (const unsigned char *)a_;
  const unsigned char *b = (const unsigned char *)b_;
  while (*a != '\0' && *a == *b) {
    a++;
    b++;
  }
  return *a < *b ? -1 : *a > *b;
}

int strncmp(const char *a_, const char *b_, size_t size) {
  const unsigned char *a = (const unsigned char *)a_;
  const unsigned char *b = (const unsigned char *)b_;
  for (size_t i = 0; i < size; i++) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    if (a[i] == '\0') break;
  }
  return 0;
}

char *strchr(const char *s, int ch) {
  char c = (char)ch;
  for (;; s++) {
    if (*s == c) return (char *)s;
    if (*s == '\0') return NULL;
  }
}

char *strrchr(const char *s, int ch) {
  char c = (char)ch;
  const char *last = NULL;
  for (;; s++) {
    if (*s == c) last = s;
    if (*s == '\0') return (char *)last;
  }
}

char *strstr(const char *haystack, const char *needle) {
  size_t n = strlen(needle);
  for (; *haystack != '\0' || n == 0; haystack++) {
    if (strncmp(haystack, needle, n) == 0) return (char *)haystack;
    if (*haystack == '\0') break;
  }
  return NULL;
}

size_t strspn(const char *s, const char *accept) {
  size_t n = 0;
  while (s[n] != '\0' && strchr(accept, s[n]) != NULL) n++;
  return n;
}

size_t strcspn(const char *s, const char *reject) {
  size_t n = 0;
  while (s[n] != '\0' && strchr(reject, s[n]) == NULL) n++;
  return n;
}

char *strpbrk(const char *s, const char *stop) {
  for (; *s != '\0'; s++)
    if (strchr(stop, *s) != NULL) return (char *)s;
  return NULL;
}

size_t strlcpy(char *dst, const char *src, size_t size) {
  size_t len = strlen(src);
  if (size > 0) {
    size_t n = len < size - 1 ? len : size - 1;
    memcpy(dst, src, n);
    dst[n] = '\0';
  }
  return len;
}

size_t strlcat(char *dst, const char *src, size_t size) {
  size_t dlen = strnlen(dst, size);
  size_t slen = strlen(src);
  if (dlen < size) {
    size_t room = size - dlen - 1;
    size_t n = slen < room ? slen : room;
    memcpy(dst + dlen, src, n);
    dst[dlen + n] = '\0';
  }
  return dlen + slen;
}

char *strtok_r(char *s, const char *delimiters, char **save_ptr) {
  if (s == NULL) s = *save_ptr;
  if (s == NULL) return NULL;
  s += strspn(s, delimiters);
  if (*s == '\0') {
    *save_ptr = s;
    return NULL;
  }
  char *end = s + strcspn(s, delimiters);
  if (*end != '\0') {
    *end = '\0';
    *save_ptr = end + 1;
  } else {
    *save_ptr = end;
  }
  return s;
}

}  // extern "C"
