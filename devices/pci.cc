/* devices/pci.cc -- PCI configuration space (see pci.h). */
#include "devices/pci.h"

#include "arch/x86_64/io.h"

namespace {

constexpr uint16_t CONFIG_ADDRESS = 0xcf8;
constexpr uint16_t CONFIG_DATA = 0xcfc;
constexpr uint32_t CONFIG_ENABLE = 0x80000000u; /* bit 31 of CONFIG_ADDRESS */

/* Header registers. */
constexpr uint8_t REG_VENDOR = 0x00;     /* 16 bit; 0xffff: no function */
constexpr uint8_t REG_SUBCLASS = 0x0a;
constexpr uint8_t REG_CLASS = 0x0b;
constexpr uint8_t REG_HEADER_TYPE = 0x0e; /* bit 7: multi-function device */

/* Selects the dword holding OFFSET of A. */
void select(pci_address a, uint8_t offset) {
  outl(CONFIG_ADDRESS, CONFIG_ENABLE | (uint32_t)a.bus << 16 | (uint32_t)a.device << 11 |
                           (uint32_t)a.function << 8 | (offset & 0xfc));
}

}  // namespace

uint32_t pci_read32(pci_address a, uint8_t offset) {
  select(a, offset);
  return inl(CONFIG_DATA);
}

uint16_t pci_read16(pci_address a, uint8_t offset) {
  return (uint16_t)(pci_read32(a, offset) >> ((offset & 2) * 8));
}

uint8_t pci_read8(pci_address a, uint8_t offset) {
  return (uint8_t)(pci_read32(a, offset) >> ((offset & 3) * 8));
}

void pci_write16(pci_address a, uint8_t offset, uint16_t value) {
  select(a, offset);
  outw((uint16_t)(CONFIG_DATA + (offset & 2)), value);
}

void pci_write32(pci_address a, uint8_t offset, uint32_t value) {
  select(a, offset);
  outl(CONFIG_DATA, value);
}

bool pci_find_class(uint8_t class_code, uint8_t subclass, pci_address *found) {
  {
    for (uint8_t dev = 0; dev < 32; dev++) {
      pci_address a = {0, dev, 0};
      if (pci_read16(a, REG_VENDOR) == 0xffff) continue;
      int functions = (pci_read8(a, REG_HEADER_TYPE) & 0x80) ? 8 : 1;
      for (uint8_t fn = 0; fn < functions; fn++) {
        a.function = fn;
        if (pci_read16(a, REG_VENDOR) == 0xffff) continue;
        if (pci_read8(a, REG_CLASS) == class_code && pci_read8(a, REG_SUBCLASS) == subclass) {
          *found = a;
          return true;
        }
      }
    }
  }
  return false;
}
