/* tests/arc4.h -- the RC4 (ARCFOUR) stream cipher, which the tests use as a
 * fast, reproducible source of pseudo-random bytes (checkers recompute the
 * same stream with tests/arc4.pm). */
#ifndef TESTS_ARC4_H
#define TESTS_ARC4_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

struct arc4
  {
    uint8_t s[256];
    uint8_t i, j;
  };

/* Sets up ARC4 with the SIZE-byte KEY. */
void arc4_init (struct arc4 *arc4, const void *key, size_t size);

/* XORs the SIZE bytes at BUF with the next bytes of the key stream. */
void arc4_crypt (struct arc4 *arc4, void *buf, size_t size);

#ifdef __cplusplus
}
#endif

#endif /* TESTS_ARC4_H */
