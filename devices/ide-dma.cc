/* devices/ide-dma.cc -- bus-master DMA on the PIIX IDE controller: finding
 * it on the PCI bus, PRD tables, one DMA command.
 *
 * Layer: devices/, part of the IDE driver (see devices/ide.cc for the
 * protocol, the register layout and the locking; devices/ide-internal.h
 * for the shared records). */
#include <stdio.h>

#include "arch/x86_64/io.h"
#include "arch/x86_64/mmu.h"
#include "devices/ide-internal.h"
#include "devices/ide.h"
#include "devices/pci.h"

namespace ide_detail {

namespace {

constexpr uint8_t CMD_READ_DMA = 0xc8;      /* 28-bit LBA, DMA */
constexpr uint8_t CMD_WRITE_DMA = 0xca;     /* 28-bit LBA, DMA */

/* Bus-master registers (offsets from the channel's bus-master base). */
constexpr uint16_t BM_COMMAND = 0;
constexpr uint16_t BM_STATUS = 2;
constexpr uint16_t BM_PRDT = 4;
constexpr uint8_t BMC_START = 0x01;    /* command: bus master running */
constexpr uint8_t BMC_TO_MEMORY = 0x08; /* command: device to memory (a read) */
constexpr uint8_t BMS_ACTIVE = 0x01;   /* status: the bus master is moving data */
constexpr uint8_t BMS_ERROR = 0x02;    /* status: transfer failed (write 1 to clear) */
constexpr uint8_t BMS_IRQ = 0x04;      /* status: device interrupted (write 1 to clear) */

/* PCI: mass storage controller / IDE; programming interface bits. */
constexpr uint8_t PCI_CLASS_STORAGE = 0x01;
constexpr uint8_t PCI_SUBCLASS_IDE = 0x01;
constexpr uint8_t PCI_REG_PROG_IF = 0x09;
constexpr uint8_t PCI_REG_COMMAND = 0x04;
constexpr uint8_t PCI_REG_BAR4 = 0x20;
constexpr uint32_t DEFAULT_BM_BASE = 0xc000; /* I/O space */
constexpr uint8_t PROG_IF_BUS_MASTER = 0x80;
constexpr uint16_t PCI_COMMAND_IO = 0x1, PCI_COMMAND_BUS_MASTER = 0x4;
}  // namespace

/* Fills C's PRD table for the BYTES at BUFFER.  Returns false, with the
 * table undefined, if the bus master cannot reach the buffer: outside the
 * direct map, at an odd address or above 4 GiB.  Channel lock held. */
bool fill_prd_table(channel *c, const void *buffer, size_t bytes) {
  uintptr_t va = (uintptr_t)buffer;
  if (is_user_vaddr(buffer) || (va & 1) != 0) return false;
  size_t n = 0;
  while (bytes > 0) {
    size_t piece = PGSIZE - (va & PGMASK);
    if (piece > bytes) piece = bytes;
    uint64_t pa = vtop((const void *)va);
    if (pa + piece > (1ULL << 32) || n == PRD_MAX) return false;
    c->prdt[n++] = prd{(uint32_t)pa, (uint16_t)piece, 0};
    va += piece;
    bytes -= piece;
  }
  c->prdt[n - 1].flags = PRD_END;
  return true;
}

bool dma_active(const channel *c) { return c->bm != 0 && (inb(c->bm + BM_STATUS) & BMS_ACTIVE); }

/* One DMA command moving COUNT sectors between LBA on DISK and BUFFER, whose
 * PRD table the caller has filled.  TO_DISK picks WRITE DMA.  Returns
 * false on a device error (printed).  Channel lock held; sleeps. */
bool dma_transfer(ata_disk *disk, block_sector_t lba, size_t count, bool to_disk) {
  channel *c = disk->chan;
  const char *what = to_disk ? "DMA write" : "DMA read";
  if (!setup_transfer(disk, lba, count)) return report_error(disk, what, lba, count, 0xff);
  uint8_t direction = to_disk ? 0 : BMC_TO_MEMORY;
  outl(c->bm + BM_PRDT, (uint32_t)vtop(c->prdt));
  outb(c->bm + BM_COMMAND, direction);
  outb(c->bm + BM_STATUS, inb(c->bm + BM_STATUS) | BMS_ERROR | BMS_IRQ);
  expect_interrupt(c);
  outb(reg_command(c), to_disk ? CMD_WRITE_DMA : CMD_READ_DMA);
  barrier(); /* the buffer and the PRD table are in memory before the start */
  outb(c->bm + BM_COMMAND, direction | BMC_START);
  (void)wait_for_interrupt(c);
  uint8_t bm_status = inb(c->bm + BM_STATUS);
  outb(c->bm + BM_COMMAND, direction); /* stop */
  outb(c->bm + BM_STATUS, bm_status | BMS_ERROR | BMS_IRQ);
  barrier();
  uint8_t status = c->irq_status;
  if (status & (STA_ERR | STA_DF) || bm_status & BMS_ERROR)
    return report_error(disk, what, lba, count, status);
  return true;
}

/* Finds the IDE controller's bus master on the PCI bus and gives each
 * channel in compatibility mode (the legacy ports we drive) its registers;
 * enables bus mastering.  Prints one line saying what it found.  Leaves
 * every channel without DMA if there is no bus master or -nodma. */
void find_bus_master(void) {
  pci_address a;
  if (!ide_dma_enabled) {
    printf("ide: DMA off (-nodma), PIO only\n");
    return;
  }
  if (!pci_find_class(PCI_CLASS_STORAGE, PCI_SUBCLASS_IDE, &a)) return;
  uint8_t prog_if = pci_read8(a, PCI_REG_PROG_IF);
  uint32_t bar4 = pci_read32(a, PCI_REG_BAR4);
  if ((prog_if & PROG_IF_BUS_MASTER) && (bar4 & 0xfffc) == 0) {
    /* The firmware gave the bus master no ports (qboot does not): give it
     * the ones SeaBIOS gives it on QEMU's PC machine. */
    pci_write32(a, PCI_REG_BAR4, DEFAULT_BM_BASE);
    bar4 = pci_read32(a, PCI_REG_BAR4);
  }
  uint16_t base = (uint16_t)(bar4 & 0xfffc);
  if (!(prog_if & PROG_IF_BUS_MASTER) || !(bar4 & 1) || base == 0) {
    printf("ide: controller without a usable bus master, PIO only\n");
    return;
  }
  pci_write16(a, PCI_REG_COMMAND,
              pci_read16(a, PCI_REG_COMMAND) | PCI_COMMAND_IO | PCI_COMMAND_BUS_MASTER);
  /* Bits 0 and 2: channel 0 / channel 1 in native mode (own ports and IRQ). */
  if (!(prog_if & 0x01)) channels[0].bm = base;
  if (!(prog_if & 0x04)) channels[1].bm = (uint16_t)(base + 8);
  for (channel &c : channels)
    if (c.bm != 0) outb(c.bm + BM_COMMAND, 0); /* bus master stopped */
  printf("ide: bus-master DMA at port 0x%04x (PCI %02x:%02x.%x)\n", base, a.bus, a.device,
         a.function);
}
}  // namespace ide_detail
