/* tests/arc4.c -- RC4; see arc4.h. */
#include "tests/arc4.h"

static void
swap_bytes (uint8_t *a, uint8_t *b)
{
  uint8_t t = *a;
  *a = *b;
  *b = t;
}

void
arc4_init (struct arc4 *arc4, const void *key_, size_t size)
{
  const uint8_t *key = key_;
  uint8_t j = 0;
  int k;

  for (k = 0; k < 256; k++)
    arc4->s[k] = (uint8_t) k;
  for (k = 0; k < 256; k++)
    {
      j = (uint8_t) (j + arc4->s[k] + key[k % size]);
      swap_bytes (&arc4->s[k], &arc4->s[j]);
    }
  arc4->i = arc4->j = 0;
}

void
arc4_crypt (struct arc4 *arc4, void *buf_, size_t size)
{
  uint8_t *buf = buf_;
  uint8_t i = arc4->i, j = arc4->j;
  size_t n;

  for (n = 0; n < size; n++)
    {
      i++;
      j = (uint8_t) (j + arc4->s[i]);
      swap_bytes (&arc4->s[i], &arc4->s[j]);
      buf[n] ^= arc4->s[(uint8_t) (arc4->s[i] + arc4->s[j])];
    }
  arc4->i = i;
  arc4->j = j;
}
