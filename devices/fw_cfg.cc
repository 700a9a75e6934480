/* devices/fw_cfg.cc -- reading a named file from QEMU's fw_cfg device. */
#include "devices/fw_cfg.h"

#include <stdint.h>
#include <string.h>

#include "arch/x86_64/io.h"

namespace {
constexpr uint16_t FW_CFG_SELECTOR = 0x510;
constexpr uint16_t FW_CFG_DATA = 0x511;
constexpr uint16_t KEY_SIGNATURE = 0x0000;
constexpr uint16_t KEY_FILE_DIR = 0x0019;

void read_bytes(void *buf, size_t n) {
  uint8_t *p = (uint8_t *)buf;
  for (size_t i = 0; i < n; i++) p[i] = inb(FW_CFG_DATA);
}

uint32_t read_be32(void) {
  uint8_t b[4];
  read_bytes(b, 4);
  return (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | b[3];
}

uint16_t read_be16(void) {
  uint8_t b[2];
  read_bytes(b, 2);
  return (uint16_t)(b[0] << 8 | b[1]);
}
}  // namespace

bool fw_cfg_present(void) {
  outw(FW_CFG_SELECTOR, KEY_SIGNATURE);
  char sig[4];
  read_bytes(sig, 4);
  return memcmp(sig, "QEMU", 4) == 0;
}

bool fw_cfg_read_file(const char *name, char *buf, size_t size, size_t *file_size) {
  if (size == 0 || !fw_cfg_present()) return false;

  outw(FW_CFG_SELECTOR, KEY_FILE_DIR);
  uint32_t count = read_be32();
  for (uint32_t i = 0; i < count; i++) {
    uint32_t this_size = read_be32();
    uint16_t key = read_be16();
    read_be16(); /* reserved */
    char file_name[56];
    read_bytes(file_name, sizeof file_name);
    file_name[sizeof file_name - 1] = '\0';
    if (strcmp(file_name, name) == 0) {
      *file_size = this_size;
      size_t n = this_size < size - 1 ? this_size : size - 1;
      outw(FW_CFG_SELECTOR, key);
      read_bytes(buf, n);
      buf[n] = '\0';
      return true;
    }
  }
  return false;
}
