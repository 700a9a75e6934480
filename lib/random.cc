/* lib/random.cc -- the pseudo-random generator (see random.h).
 *
 * The state is four 64-bit words stepped by xoshiro256** (Blackman and
 * Vigna's shift-rotate generator: period 2^256 - 1, passes the usual
 * statistical suites).  The seed is spread over the four words with the
 * splitmix64 finaliser, so that nearby seeds give unrelated sequences and
 * the state is never all zeros. */
#include <random.h>

#include <stdint.h>
#include <string.h>

namespace {

uint64_t state[4];
bool initialised;

uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

/* One splitmix64 step: advances *X and returns a well-mixed word. */
uint64_t splitmix64(uint64_t *x) {
  uint64_t z = (*x += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

/* One xoshiro256** step. */
uint64_t next_word(void) {
  if (!initialised) random_init(0);
  uint64_t result = rotl(state[1] * 5, 7) * 9;
  uint64_t t = state[1] << 17;
  state[2] ^= state[0];
  state[3] ^= state[1];
  state[1] ^= state[2];
  state[0] ^= state[3];
  state[2] ^= t;
  state[3] = rotl(state[3], 45);
  return result;
}

}  // namespace

extern "C" {

void random_init(unsigned seed) {
  uint64_t x = seed;
  for (uint64_t &word : state) word = splitmix64(&x);
  initialised = true;
}

void random_bytes(void *buf_, size_t size) {
  unsigned char *buf = (unsigned char *)buf_;
  while (size > 0) {
    uint64_t word = next_word();
    size_t n = size < sizeof word ? size : sizeof word;
    memcpy(buf, &word, n);
    buf += n;
    size -= n;
  }
}

unsigned long random_ulong(void) { return next_word(); }

}  // extern "C"
