/* tests/vm/arc4.h -- the RC4 (ARCFOUR) stream cipher, used by the VM tests
 * to fill memory with data that is reproducible yet looks random.
 * Encrypting twice with the same key restores the original bytes. */
#ifndef TESTS_VM_ARC4_H
#define TESTS_VM_ARC4_H

#include <stddef.h>
#include <stdint.h>

struct arc4 {
  uint8_t s[256];
  uint8_t i, j;
};

/* Sets up ARC4 with the SIZE-byte KEY. */
void arc4_init(struct arc4 *arc4, const void *key, size_t size);

/* XORs the SIZE bytes at BUF with the next bytes of the key stream. */
void arc4_crypt(struct arc4 *arc4, void *buf, size_t size);

#endif /* TESTS_VM_ARC4_H */
