/* tests/cksum.h -- the POSIX `cksum` checksum (CRC-32 with polynomial
 * 0x04C11DB7 over the data, then over its length), as `cksum FILE`
 * prints it; checkers recompute it with tests/cksum.pm. */
#ifndef TESTS_CKSUM_H
#define TESTS_CKSUM_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

unsigned long cksum (const void *buf, size_t size);

#ifdef __cplusplus
}
#endif

#endif /* TESTS_CKSUM_H */
