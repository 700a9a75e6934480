/* tests/cksum.c -- the POSIX cksum; see cksum.h. */
#include "tests/cksum.h"

#include <stdint.h>

/* CRC of CRC extended by BYTE, most significant bit first. */
static uint32_t
crc_byte (uint32_t crc, uint8_t byte)
{
  int bit;

  crc ^= (uint32_t) byte << 24;
  for (bit = 0; bit < 8; bit++)
    crc = crc & 0x80000000u ? (crc << 1) ^ 0x04C11DB7u : crc << 1;
  return crc;
}

unsigned long
cksum (const void *buf_, size_t size)
{
  const uint8_t *buf = buf_;
  uint32_t crc = 0;
  size_t i, n;

  for (i = 0; i < size; i++)
    crc = crc_byte (crc, buf[i]);
  /* The length, least significant byte first, as many bytes as needed. */
  for (n = size; n != 0; n >>= 8)
    crc = crc_byte (crc, (uint8_t) n);
  return ~crc & 0xffffffffu;
}
