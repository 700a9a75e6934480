/* tests/vm/arc4.cc -- RC4 key schedule and key stream; see arc4.h. */
#include "tests/vm/arc4.h"

namespace {
void swap_bytes(uint8_t &a, uint8_t &b) {
  uint8_t t = a;
  a = b;
  b = t;
}
}  // namespace

void arc4_init(struct arc4 *arc4, const void *key_, size_t size) {
  const uint8_t *key = static_cast<const uint8_t *>(key_);
  for (int k = 0; k < 256; k++) arc4->s[k] = (uint8_t)k;
  uint8_t j = 0;
  for (int k = 0; k < 256; k++) {
    j = (uint8_t)(j + arc4->s[k] + key[k % size]);
    swap_bytes(arc4->s[k], arc4->s[j]);
  }
  arc4->i = arc4->j = 0;
}

void arc4_crypt(struct arc4 *arc4, void *buf_, size_t size) {
  uint8_t *buf = static_cast<uint8_t *>(buf_);
  uint8_t i = arc4->i, j = arc4->j;
  for (size_t n = 0; n < size; n++) {
    i++;
    j = (uint8_t)(j + arc4->s[i]);
    swap_bytes(arc4->s[i], arc4->s[j]);
    buf[n] ^= arc4->s[(uint8_t)(arc4->s[i] + arc4->s[j])];
  }
  arc4->i = i;
  arc4->j = j;
}
