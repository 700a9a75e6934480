/* lib/random.h -- a deterministic pseudo-random number generator.
 *
 * The standard Pintos generator (RC4 keyed with the seed; see random.cc).
 * Not cryptographic.  The same seed always yields the same sequence, so a
 * test run with `-rs=SEED` repeats exactly.  Until random_init is called the
 * generator behaves as if seeded with 0.  One global state, not
 * synchronised: callers that share it across threads lock or accept the
 * (harmless) races. */
#ifndef LIB_RANDOM_H
#define LIB_RANDOM_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Restarts the sequence from SEED. */
void random_init(unsigned seed);
/* Fills the SIZE bytes at BUF with the next pseudo-random bytes. */
void random_bytes(void *buf, size_t size);
/* The next pseudo-random unsigned long, uniformly distributed. */
unsigned long random_ulong(void);

#ifdef __cplusplus
}
#endif

#endif /* LIB_RANDOM_H */
