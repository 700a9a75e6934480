/* arch/x86_64/io.h -- x86 port I/O (Intel SDM vol. 1, 19.3 "I/O instructions").
 * Every device driver reaches hardware through these. */
#ifndef ARCH_X86_64_IO_H
#define ARCH_X86_64_IO_H

#include <stddef.h>
#include <stdint.h>

static inline uint8_t inb(uint16_t port) {
  uint8_t data;
  asm volatile("inb %w1, %b0" : "=a"(data) : "Nd"(port));
  return data;
}
static inline uint16_t inw(uint16_t port) {
  uint16_t data;
  asm volatile("inw %w1, %w0" : "=a"(data) : "Nd"(port));
  return data;
}
static inline uint32_t inl(uint16_t port) {
  uint32_t data;
  asm volatile("inl %w1, %k0" : "=a"(data) : "Nd"(port));
  return data;
}
/* Reads CNT 16-bit units from PORT into ADDR. */
static inline void insw(uint16_t port, void *addr, size_t cnt) {
  asm volatile("rep insw" : "+D"(addr), "+c"(cnt) : "d"(port) : "memory");
}
static inline void outb(uint16_t port, uint8_t data) {
  asm volatile("outb %b0, %w1" : : "a"(data), "Nd"(port));
}
static inline void outw(uint16_t port, uint16_t data) {
  asm volatile("outw %w0, %w1" : : "a"(data), "Nd"(port));
}
static inline void outl(uint16_t port, uint32_t data) {
  asm volatile("outl %k0, %w1" : : "a"(data), "Nd"(port));
}
/* Writes CNT 16-bit units from ADDR to PORT. */
static inline void outsw(uint16_t port, const void *addr, size_t cnt) {
  asm volatile("rep outsw" : "+S"(addr), "+c"(cnt) : "d"(port));
}

#endif /* ARCH_X86_64_IO_H */
