/* tests/vm/cksum.h -- the POSIX `cksum` checksum (CRC-32, polynomial
 * 0x04C11DB7, the length appended), so a value can be checked on a host
 * with `cksum FILE`. */
#ifndef TESTS_VM_CKSUM_H
#define TESTS_VM_CKSUM_H

#include <stddef.h>

unsigned long cksum(const void *buf, size_t size);

#endif /* TESTS_VM_CKSUM_H */
