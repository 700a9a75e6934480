/* devices/pci.h -- PCI configuration space, just enough to find a device.
 *
 * Layer: devices/.  Stateless: reads and writes configuration registers
 * through configuration mechanism #1 (ports 0xcf8 address / 0xcfc data),
 * which every PC chipset QEMU emulates provides.  Used by the IDE driver to
 * find the PIIX's bus-master registers (devices/ide.cc).
 *
 * Reference: PCI Local Bus Specification 3.0, 3.2.2.3.2 (configuration
 * mechanism #1) and 6.1 (the configuration header: vendor 0x00, command
 * 0x04, class code 0x09-0x0b, header type 0x0e, BARs from 0x10).
 *
 * Not thread safe on its own (the address/data pair is two port accesses):
 * call at boot, before other threads use PCI, as ide_init() does. */
#ifndef DEVICES_PCI_H
#define DEVICES_PCI_H

#include <stdint.h>

/* A function on the PCI bus. */
struct pci_address {
  uint8_t bus, device, function;
};

/* Configuration register at byte OFFSET of A (OFFSET aligned to the size). */
uint32_t pci_read32(pci_address a, uint8_t offset);
uint16_t pci_read16(pci_address a, uint8_t offset);
uint8_t pci_read8(pci_address a, uint8_t offset);
void pci_write16(pci_address a, uint8_t offset, uint16_t value);
void pci_write32(pci_address a, uint8_t offset, uint32_t value);

/* Finds the first function on bus 0 (by device, then function number)
 * whose class code is CLASS and subclass SUBCLASS.  Returns true and stores
 * it in *A, or false if there is none.  Bus 0 only: the chipset's own
 * functions (the PIIX IDE controller among them) sit there, and a full
 * scan of 256 buses costs tens of milliseconds of port I/O under QEMU.
 * Boot time only. */
bool pci_find_class(uint8_t class_code, uint8_t subclass, pci_address *a);

#endif /* DEVICES_PCI_H */
