/* tests/vm/cksum.cc -- see cksum.h.  Bitwise, MSB first, no table. */
#include "tests/vm/cksum.h"

#include <stdint.h>

namespace {
uint32_t crc_byte(uint32_t crc, uint8_t byte) {
  crc ^= (uint32_t)byte << 24;
  for (int bit = 0; bit < 8; bit++) crc = crc & 0x80000000u ? (crc << 1) ^ 0x04C11DB7u : crc << 1;
  return crc;
}
}  // namespace

unsigned long cksum(const void *buf_, size_t size) {
  const uint8_t *buf = static_cast<const uint8_t *>(buf_);
  uint32_t crc = 0;
  for (size_t i = 0; i < size; i++) crc = crc_byte(crc, buf[i]);
  /* The length, least significant byte first, as many bytes as needed. */
  for (size_t n = size; n != 0; n >>= 8) crc = crc_byte(crc, (uint8_t)n);
  return ~crc & 0xffffffffu;
}
