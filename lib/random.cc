/* lib/random.cc -- the pseudo-random generator (see random.h).
 *
 * The generator of standard Pintos, so that a test program seeded alike
 * draws the same numbers here as there (standard checkers hold checksums
 * of data shuffled with it, and tests/random.pm recomputes the stream in
 * Perl): the RC4 (ARCFOUR) key stream, keyed with the four bytes of the
 * seed in memory order.  random_ulong() takes the next sizeof(unsigned
 * long) = 8 bytes, little-endian.  Not cryptographic; one global state,
 * not synchronised (callers that share it across threads lock or accept
 * the harmless races). */
#include <random.h>

#include <stdint.h>

namespace {

uint8_t s[256];   /* the RC4 permutation */
uint8_t s_i, s_j; /* its two indexes */
bool initialised;

void swap_bytes(uint8_t *a, uint8_t *b) {
  uint8_t t = *a;
  *a = *b;
  *b = t;
}

}  // namespace

extern "C" {

void random_init(unsigned seed) {
  const uint8_t *key = reinterpret_cast<const uint8_t *>(&seed);
  for (int i = 0; i < 256; i++) s[i] = static_cast<uint8_t>(i);
  uint8_t j = 0;
  for (int i = 0; i < 256; i++) {
    j = static_cast<uint8_t>(j + s[i] + key[i % sizeof seed]);
    swap_bytes(&s[i], &s[j]);
  }
  s_i = s_j = 0;
  initialised = true;
}

void random_bytes(void *buf_, size_t size) {
  if (!initialised) random_init(0);
  uint8_t *buf = static_cast<uint8_t *>(buf_);
  /* The indexes live in locals: stores through BUF (bytes, which may
   * alias anything) would otherwise reload them on every step. */
  uint8_t i = s_i, j = s_j;
  for (size_t n = 0; n < size; n++) {
    i++;
    uint8_t si = s[i];
    j = static_cast<uint8_t>(j + si);
    uint8_t sj = s[j];
    s[i] = sj;
    s[j] = si;
    buf[n] = s[static_cast<uint8_t>(si + sj)];
  }
  s_i = i;
  s_j = j;
}

unsigned long random_ulong(void) {
  unsigned long value;
  random_bytes(&value, sizeof value);
  return value;
}

}  // extern "C"
