/* tests/unit/unit-string.cc -- lib/string.h: every function on ordinary
 * inputs and on the edges (empty strings, size 0, overlap, truncation,
 * bytes above 127). */
#include <stdint.h>
#include <string.h>

#include "tests/kernel/ktest.h"

namespace {

#define CHECK(COND)                                        \
  do {                                                     \
    if (!(COND)) fail("line %d: %s", __LINE__, #COND);     \
  } while (0)

/* Scratch buffers, static so the tests need little stack. */
unsigned char a[256], b[256];

int sign(int x) { return (x > 0) - (x < 0); }

void test_memory(void) {
  for (int i = 0; i < 256; i++) a[i] = (unsigned char)i;

  /* memcpy at every small size and misalignment. */
  for (size_t off = 0; off < 8; off++)
    for (size_t n = 0; n < 40; n++) {
      memset(b, 0xee, sizeof b);
      CHECK(memcpy(b + off, a + 3, n) == b + off);
      for (size_t i = 0; i < sizeof b; i++)
        CHECK(b[i] == (i >= off && i < off + n ? a[3 + i - off] : 0xee));
    }

  /* memmove in both directions over overlapping ranges. */
  for (int shift = -5; shift <= 5; shift++) {
    for (int i = 0; i < 256; i++) b[i] = (unsigned char)i;
    CHECK(memmove(b + 100 + shift, b + 100, 50) == b + 100 + shift);
    for (int i = 0; i < 50; i++) CHECK(b[100 + shift + i] == 100 + i);
  }
  memmove(b, b + 1, 0);

  memset(b, 0, sizeof b);
  CHECK(memset(b + 1, 0x1ab, 10) == b + 1);
  CHECK(b[0] == 0 && b[1] == 0xab && b[10] == 0xab && b[11] == 0);

  CHECK(memcmp("abc", "abd", 3) < 0);
  CHECK(memcmp("abd", "abc", 3) > 0);
  CHECK(memcmp("abc", "abd", 2) == 0);
  CHECK(memcmp("a", "b", 0) == 0);
  CHECK(memcmp("\x80", "\x01", 1) > 0); /* Compared as unsigned. */

  CHECK(memchr(a, 200, 256) == a + 200);
  CHECK(memchr(a, 200, 200) == NULL);
  CHECK(memchr(a, 0x100 + 7, 256) == a + 7);
}

void test_strings(void) {
  CHECK(strlen("") == 0);
  CHECK(strlen("hello") == 5);
  CHECK(strnlen("hello", 3) == 3);
  CHECK(strnlen("hello", 10) == 5);
  CHECK(strnlen("hello", 0) == 0);

  CHECK(strcmp("", "") == 0);
  CHECK(strcmp("abc", "abc") == 0);
  CHECK(sign(strcmp("abc", "abd")) == -1);
  CHECK(sign(strcmp("abc", "ab")) == 1);
  CHECK(sign(strcmp("ab", "abc")) == -1);
  CHECK(sign(strcmp("\xff", "a")) == 1);
  CHECK(strncmp("abcx", "abcy", 3) == 0);
  CHECK(sign(strncmp("abcx", "abcy", 4)) == -1);
  CHECK(strncmp("ab", "ab", 10) == 0);
  CHECK(strncmp("a", "b", 0) == 0);

  const char *s = "hello, world";
  CHECK(strchr(s, 'o') == s + 4);
  CHECK(strrchr(s, 'o') == s + 8);
  CHECK(strchr(s, 'z') == NULL);
  CHECK(strrchr(s, 'z') == NULL);
  CHECK(strchr(s, '\0') == s + 12);
  CHECK(strrchr(s, '\0') == s + 12);

  CHECK(strstr(s, "world") == s + 7);
  CHECK(strstr(s, "") == s);
  CHECK(strstr(s, "worlds") == NULL);
  const char *h = "aaab";
  CHECK(strstr(h, "aab") == h + 1);
  CHECK(strstr("", "a") == NULL);

  CHECK(strspn("aabbc", "ab") == 4);
  CHECK(strspn("xyz", "ab") == 0);
  CHECK(strcspn("hello world", " ") == 5);
  CHECK(strcspn("hello", "") == 5);
  CHECK(strpbrk(s, " ,") == s + 5);
  CHECK(strpbrk(s, "XYZ") == NULL);
}

void test_bounded_copies(void) {
  char buf[8];
  memset(buf, 'x', sizeof buf);
  CHECK(strlcpy(buf, "abc", sizeof buf) == 3);
  CHECK(strcmp(buf, "abc") == 0);
  CHECK(strlcpy(buf, "abcdefghij", sizeof buf) == 10);
  CHECK(strcmp(buf, "abcdefg") == 0);
  buf[0] = 'q';
  CHECK(strlcpy(buf, "abc", 0) == 3);
  CHECK(buf[0] == 'q');

  strlcpy(buf, "ab", sizeof buf);
  CHECK(strlcat(buf, "cd", sizeof buf) == 4);
  CHECK(strcmp(buf, "abcd") == 0);
  CHECK(strlcat(buf, "efghij", sizeof buf) == 10);
  CHECK(strcmp(buf, "abcdefg") == 0);
  /* No NUL within SIZE: nothing written, returns SIZE + strlen(src). */
  CHECK(strlcat(buf, "xyz", 3) == 6);
  CHECK(strcmp(buf, "abcdefg") == 0);
}

void test_strtok(void) {
  char text[] = "  the quick,,brown  fox ";
  const char *want[] = {"the", "quick", "brown", "fox"};
  char *save = NULL;
  int n = 0;
  for (char *tok = strtok_r(text, " ,", &save); tok != NULL;
       tok = strtok_r(NULL, " ,", &save)) {
    CHECK(n < 4);
    CHECK(strcmp(tok, want[n]) == 0);
    n++;
  }
  CHECK(n == 4);
  CHECK(strtok_r(NULL, " ,", &save) == NULL);

  char empty[] = "   ";
  CHECK(strtok_r(empty, " ", &save) == NULL);
  char single[] = "word";
  CHECK(strtok_r(single, " ", &save) == single);
  CHECK(strtok_r(NULL, " ", &save) == NULL);
}

void unit_string(void) {
  msg("begin");
  test_memory();
  msg("memory functions ok");
  test_strings();
  msg("string functions ok");
  test_bounded_copies();
  msg("strlcpy and strlcat ok");
  test_strtok();
  msg("strtok_r ok");
  msg("end");
}

}  // namespace

KERNEL_TEST("unit-string", unit_string);
