/* devices/ide.cc -- ATA disks on the legacy IDE controller: bus-master DMA
 * where the PIIX provides it, multi-sector PIO otherwise; completion by
 * interrupt either way.
 *
 * Layer: devices/.  Owns the two legacy channels and their disks; hands each
 * disk to the block layer, which is the only caller of ide_read/ide_write.
 * Objects: two static `channel`s, each with two `ata_disk` slots and a PRD
 * table, set up once by ide_init() and never freed.
 *
 * Reference: ATA/ATAPI-6 (T13/1410D), section 7 (registers), 8.15 IDENTIFY
 * DEVICE, 8.23 READ DMA, 8.27 READ SECTORS, 8.45 WRITE DMA, 8.62 WRITE
 * SECTORS, 9.2 (software reset), 9.5 and 9.6 (the PIO data-in / data-out
 * protocols), 9.7 (DMA); "Programming Interface for Bus Master IDE
 * Controller" rev. 1.0 (SFF-8038i) and the Intel PIIX3 data sheet (bus-master
 * registers at PCI BAR 4; PRD entries).
 *
 * Command block registers, at the channel's base port (0x1f0 or 0x170):
 *
 *     +0 data (16 bit)   +1 error / features   +2 sector count
 *     +3 LBA  7:0        +4 LBA 15:8           +5 LBA 23:16
 *     +6 device:  1 L 1 DEV | LBA 27:24         +7 status / command
 *
 * Control block register at 0x3f6 / 0x376: alternate status on read (does
 * not acknowledge the interrupt), device control on write (SRST, nIEN).
 *
 * Bus-master registers (I/O space at the PIIX's BAR 4; channel 1 at +8):
 *
 *     +0 command: bit 0 start, bit 3 direction (1 = device to memory)
 *     +2 status:  bit 0 active, bit 1 error, bit 2 interrupt (write 1 to
 *                 clear bits 1 and 2)
 *     +4 physical address of the PRD table (dword aligned)
 *
 * A PRD ("physical region descriptor") names one piece of the buffer:
 * 32-bit physical address, byte count, end-of-table flag.  A piece must not
 * cross a 64 KiB boundary; we cut the buffer at page boundaries, so it
 * never does.
 *
 * One request (at most MAX_SECTORS sectors) is one ATA command, with the
 * channel lock held for the whole of it:
 *
 *   DMA:   wait !BSY; select disk + LBA + count; fill the PRD table, clear
 *          the bus-master status; READ DMA / WRITE DMA; start the bus
 *          master; sleep until the disk interrupts once at the end; stop
 *          the bus master; check ERR and the bus-master error bit.
 *   PIO read:  ... READ SECTORS with the count; per sector: sleep until the
 *          disk interrupts (sector in its buffer, DRQ set); check ERR;
 *          insw 256 words.
 *   PIO write: ... WRITE SECTORS with the count; per sector: poll until DRQ
 *          (9.6: the first DRQ of PIO out raises no interrupt; later ones
 *          come with the previous sector's interrupt); outsw 256 words;
 *          sleep until the disk interrupts; check ERR.
 * DMA is used when the controller has a bus master (PCI class 01:01,
 * programming interface bit 7, channel in compatibility mode) and the
 * buffer is reachable by it (in the direct map, even address, below
 * 4 GiB); the kernel option -nodma turns it off (ide_dma_enabled).  A
 * command that fails fails its request only: the error is printed and the
 * block layer returns false.
 *
 * The interrupt handler reads the status register (which acknowledges the
 * interrupt), records it and ups the semaphore if a transfer waits for it;
 * unexpected interrupts (e.g. after a reset) are just acknowledged.
 *
 * Locking: channel::lock serialises everything on a channel (both disks
 * share the task-file and bus-master registers and the PRD table).
 * `expecting_interrupt` and `irq_status` are shared with the interrupt
 * handler: written by the lock holder only with interrupts off or before
 * the command that can raise the interrupt.  The lock hands over to its
 * waiters in order (kernel/synch.h), so a thread streaming requests cannot
 * starve another one waiting for the same channel. */
#include "devices/ide.h"

#include <stdio.h>
#include <string.h>

#include "arch/x86_64/interrupt.h"
#include "arch/x86_64/io.h"
#include "arch/x86_64/mmu.h"
#include "devices/block.h"
#include "devices/pci.h"
#include "kernel/malloc.h"
#include "kernel/synch.h"
#include "lib/debug.h"

bool ide_dma_enabled = true;

namespace {

/* Status register bits (ATA-6 7.15). */
constexpr uint8_t STA_BSY = 0x80;  /* Busy: no other bit is valid. */
constexpr uint8_t STA_DRDY = 0x40; /* Device ready for commands. */
constexpr uint8_t STA_DF = 0x20;   /* Device fault. */
constexpr uint8_t STA_DRQ = 0x08;  /* Data request: data port ready. */
constexpr uint8_t STA_ERR = 0x01;  /* Error: see the error register. */

/* Device control register bits (ATA-6 7.9). */
constexpr uint8_t CTL_SRST = 0x04; /* Software reset of both devices. */

/* Device register bits (ATA-6 7.10). */
constexpr uint8_t DEV_MBS = 0xa0; /* Obsolete bits 7 and 5, always set. */
constexpr uint8_t DEV_LBA = 0x40; /* Address is an LBA, not CHS. */
constexpr uint8_t DEV_DEV = 0x10; /* Selects device 1 (the "slave"). */

/* Commands. */
constexpr uint8_t CMD_IDENTIFY_DEVICE = 0xec;
constexpr uint8_t CMD_READ_SECTORS = 0x20;  /* 28-bit LBA, PIO */
constexpr uint8_t CMD_WRITE_SECTORS = 0x30; /* 28-bit LBA, PIO */
constexpr uint8_t CMD_READ_DMA = 0xc8;      /* 28-bit LBA, DMA */
constexpr uint8_t CMD_WRITE_DMA = 0xca;     /* 28-bit LBA, DMA */

/* Sectors per command: 64 KiB.  The sector count register could say 256
 * (as 0); 128 keeps the PRD table small and a page-aligned request whole. */
constexpr size_t MAX_SECTORS = 128;

/* Bus-master registers (offsets from the channel's bus-master base). */
constexpr uint16_t BM_COMMAND = 0;
constexpr uint16_t BM_STATUS = 2;
constexpr uint16_t BM_PRDT = 4;
constexpr uint8_t BMC_START = 0x01;    /* command: bus master running */
constexpr uint8_t BMC_TO_MEMORY = 0x08; /* command: device to memory (a read) */
constexpr uint8_t BMS_ERROR = 0x02;    /* status: transfer failed (write 1 to clear) */
constexpr uint8_t BMS_IRQ = 0x04;      /* status: device interrupted (write 1 to clear) */

/* PCI: mass storage controller / IDE; programming interface bits. */
constexpr uint8_t PCI_CLASS_STORAGE = 0x01;
constexpr uint8_t PCI_SUBCLASS_IDE = 0x01;
constexpr uint8_t PCI_REG_PROG_IF = 0x09;
constexpr uint8_t PCI_REG_COMMAND = 0x04;
constexpr uint8_t PCI_REG_BAR4 = 0x20;
constexpr uint8_t PROG_IF_BUS_MASTER = 0x80;
constexpr uint16_t PCI_COMMAND_IO = 0x1, PCI_COMMAND_BUS_MASTER = 0x4;

/* A physical region descriptor (see the overview). */
struct prd {
  uint32_t addr;   /* physical, even */
  uint16_t bytes;  /* even; 0 would mean 64 KiB */
  uint16_t flags;  /* PRD_END on the last entry */
};
static_assert(sizeof(prd) == 8, "PRD layout (SFF-8038i)");
constexpr uint16_t PRD_END = 0x8000;
/* A request of MAX_SECTORS that starts mid-page touches one page more. */
constexpr size_t PRD_MAX = MAX_SECTORS * BLOCK_SECTOR_SIZE / PGSIZE + 1;

/* Polls of the alternate status register before declaring a device hung.
 * Under QEMU a device is never busy for more than a few polls; on real
 * hardware a reset may take seconds, which this bound roughly covers. */
constexpr long POLL_LIMIT = 10'000'000;

struct channel;

/* One ATA disk: the aux pointer its block device carries. */
struct ata_disk {
  char name[8];      /* "hd0:1" */
  channel *chan;     /* The channel it sits on. */
  int dev_no;        /* 0 (master) or 1 (slave). */
  bool is_ata;       /* Set by the reset when the signature says ATA. */
};

struct channel {
  char name[8];       /* "ide0" */
  uint16_t base;      /* Command block registers. */
  uint16_t ctl;       /* Control block register. */
  uint8_t vec;        /* Interrupt vector. */

  uint16_t bm;        /* Bus-master registers; 0: no DMA on this channel. */

  struct lock lock;   /* Held for a whole command; guards the registers and
                         the PRD table. */
  semaphore done;     /* Upped by the interrupt handler. */
  /* Shared with the interrupt handler (see the overview). */
  volatile bool expecting_interrupt;
  volatile uint8_t irq_status;

  ata_disk disks[2];

  /* PRD table: 256-byte aligned, so it never crosses a 64 KiB boundary. */
  alignas(256) prd prdt[PRD_MAX];
};
static_assert(sizeof(prd) * PRD_MAX <= 256, "PRD table within its alignment");

channel channels[2];

/* Register ports of channel C. */
uint16_t reg_data(const channel *c) { return c->base + 0; }
uint16_t reg_error(const channel *c) { return c->base + 1; }
uint16_t reg_nsect(const channel *c) { return c->base + 2; }
uint16_t reg_lbal(const channel *c) { return c->base + 3; }
uint16_t reg_lbam(const channel *c) { return c->base + 4; }
uint16_t reg_lbah(const channel *c) { return c->base + 5; }
uint16_t reg_device(const channel *c) { return c->base + 6; }
uint16_t reg_status(const channel *c) { return c->base + 7; }
uint16_t reg_command(const channel *c) { return c->base + 7; }
uint16_t reg_alt_status(const channel *c) { return c->ctl; }
uint16_t reg_control(const channel *c) { return c->ctl; }

/* The 400 ns a device may take to post its status after a command or a
 * device selection (ATA-6 9.2): four reads of alternate status. */
void delay_400ns(const channel *c) {
  for (int i = 0; i < 4; i++) inb(reg_alt_status(c));
}

/* Waits until BSY clears on C.  Returns the final status, or 0xff if the
 * channel stayed busy for POLL_LIMIT polls (after printing so). */
uint8_t wait_while_busy(const channel *c) {
  for (long i = 0; i < POLL_LIMIT; i++) {
    uint8_t status = inb(reg_alt_status(c));
    if ((status & STA_BSY) == 0) return status;
  }
  printf("%s: timed out waiting for the disk\n", c->name);
  return 0xff;
}

/* Selects device DEV_NO on C, LBA mode, with LBA bits 27:24 from LBA. */
void select_device(channel *c, int dev_no, block_sector_t lba) {
  uint8_t dev = DEV_MBS | DEV_LBA | ((lba >> 24) & 0x0f);
  if (dev_no == 1) dev |= DEV_DEV;
  outb(reg_device(c), dev);
  delay_400ns(c);
}

/* Interrupt handler for both channels; runs with interrupts off. */
void interrupt_handler(intr_frame *f) {
  for (channel &c : channels) {
    if (f->vec_no != c.vec) continue;
    uint8_t status = inb(reg_status(&c)); /* Acknowledges the interrupt. */
    if (c.expecting_interrupt) {
      c.expecting_interrupt = false;
      c.irq_status = status;
      sema_up(&c.done);
    }
    return;
  }
}

/* Issues COMMAND on C (device and task file already set up) and sleeps
 * until the disk interrupts.  Returns the status the handler read.
 * Caller holds C->lock.  Sleeps. */
uint8_t issue_and_wait(channel *c, uint8_t command) {
  c->expecting_interrupt = true;
  outb(reg_command(c), command);
  sema_down(&c->done);
  return c->irq_status;
}

/* Sets up the task file for a command on COUNT (1..MAX_SECTORS) sectors at
 * LBA on DISK.  Returns false if the channel stays busy.  Caller holds the
 * channel lock. */
bool setup_transfer(ata_disk *disk, block_sector_t lba, size_t count) {
  channel *c = disk->chan;
  if (wait_while_busy(c) & STA_BSY) return false;
  select_device(c, disk->dev_no, lba);
  if (wait_while_busy(c) & STA_BSY) return false;
  outb(reg_nsect(c), (uint8_t)count);
  outb(reg_lbal(c), lba & 0xff);
  outb(reg_lbam(c), (lba >> 8) & 0xff);
  outb(reg_lbah(c), (lba >> 16) & 0xff);
  return true;
}

/* Prints the error of a failed command on DISK; returns false. */
bool report_error(ata_disk *disk, const char *what, block_sector_t lba, size_t count,
                  uint8_t status) {
  printf("%s: %s of %zu sector%s at %" PRDSNu " failed (status 0x%02x, error 0x%02x)\n",
         disk->name, what, count, count == 1 ? "" : "s", lba, status,
         inb(reg_error(disk->chan)));
  return false;
}

/* Fills C's PRD table for the BYTES at BUFFER.  Returns false, with the
 * table undefined, if the bus master cannot reach the buffer: outside the
 * direct map, at an odd address or above 4 GiB.  Channel lock held. */
bool fill_prd_table(channel *c, const void *buffer, size_t bytes) {
  uintptr_t va = (uintptr_t)buffer;
  if (!is_kernel_vaddr(buffer) || (va & 1) != 0) return false;
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
  c->expecting_interrupt = true;
  outb(reg_command(c), to_disk ? CMD_WRITE_DMA : CMD_READ_DMA);
  barrier(); /* the buffer and the PRD table are in memory before the start */
  outb(c->bm + BM_COMMAND, direction | BMC_START);
  sema_down(&c->done);
  uint8_t bm_status = inb(c->bm + BM_STATUS);
  outb(c->bm + BM_COMMAND, direction); /* stop */
  outb(c->bm + BM_STATUS, bm_status | BMS_ERROR | BMS_IRQ);
  barrier();
  uint8_t status = c->irq_status;
  if (status & (STA_ERR | STA_DF) || bm_status & BMS_ERROR)
    return report_error(disk, what, lba, count, status);
  return true;
}

/* READ SECTORS: COUNT sectors at LBA on DISK into BUFFER, one interrupt
 * per sector.  Channel lock held; sleeps. */
bool pio_read(ata_disk *disk, block_sector_t lba, size_t count, uint8_t *buffer) {
  channel *c = disk->chan;
  if (!setup_transfer(disk, lba, count)) return report_error(disk, "read", lba, count, 0xff);
  c->expecting_interrupt = true;
  outb(reg_command(c), CMD_READ_SECTORS);
  for (size_t i = 0; i < count; i++) {
    sema_down(&c->done);
    uint8_t status = c->irq_status;
    if (status & (STA_ERR | STA_DF) || !(status & STA_DRQ))
      return report_error(disk, "read", lba, count, status);
    /* The next sector's interrupt can only follow this sector's data. */
    if (i + 1 < count) c->expecting_interrupt = true;
    insw(reg_data(c), buffer + i * BLOCK_SECTOR_SIZE, BLOCK_SECTOR_SIZE / 2);
  }
  return true;
}

/* WRITE SECTORS: COUNT sectors from BUFFER to LBA on DISK, one interrupt
 * per sector.  Channel lock held; sleeps. */
bool pio_write(ata_disk *disk, block_sector_t lba, size_t count, const uint8_t *buffer) {
  channel *c = disk->chan;
  if (!setup_transfer(disk, lba, count)) return report_error(disk, "write", lba, count, 0xff);
  outb(reg_command(c), CMD_WRITE_SECTORS);
  delay_400ns(c);
  for (size_t i = 0; i < count; i++) {
    uint8_t status = wait_while_busy(c);
    if (status & (STA_ERR | STA_DF | STA_BSY) || !(status & STA_DRQ))
      return report_error(disk, "write", lba, count, status);
    c->expecting_interrupt = true;
    outsw(reg_data(c), buffer + i * BLOCK_SECTOR_SIZE, BLOCK_SECTOR_SIZE / 2);
    sema_down(&c->done);
    status = c->irq_status;
    if (status & (STA_ERR | STA_DF)) return report_error(disk, "write", lba, count, status);
  }
  return true;
}

/* Block operation: reads COUNT sectors from LBA of disk AUX into BUFFER, by
 * DMA if the channel and the buffer allow it.  Sleeps. */
bool ide_read(void *aux, block_sector_t lba, size_t count, void *buffer) {
  ata_disk *disk = static_cast<ata_disk *>(aux);
  channel *c = disk->chan;
  ASSERT(count >= 1 && count <= MAX_SECTORS);
  lock_guard guard(&c->lock);
  if (c->bm != 0 && fill_prd_table(c, buffer, count * BLOCK_SECTOR_SIZE))
    return dma_transfer(disk, lba, count, false);
  return pio_read(disk, lba, count, static_cast<uint8_t *>(buffer));
}

/* Block operation: writes COUNT sectors from BUFFER to LBA of disk AUX, by
 * DMA if the channel and the buffer allow it.  Sleeps. */
bool ide_write(void *aux, block_sector_t lba, size_t count, const void *buffer) {
  ata_disk *disk = static_cast<ata_disk *>(aux);
  channel *c = disk->chan;
  ASSERT(count >= 1 && count <= MAX_SECTORS);
  lock_guard guard(&c->lock);
  if (c->bm != 0 && fill_prd_table(c, buffer, count * BLOCK_SECTOR_SIZE))
    return dma_transfer(disk, lba, count, true);
  return pio_write(disk, lba, count, static_cast<const uint8_t *>(buffer));
}

const block_operations ide_operations = {ide_read, ide_write, MAX_SECTORS};

/* True if a device seems to answer at DEV_NO on C: its task-file registers
 * keep what we write into them (a floating bus does not). */
bool device_answers(channel *c, int dev_no) {
  select_device(c, dev_no, 0);
  outb(reg_nsect(c), 0x55);
  outb(reg_lbal(c), 0xaa);
  outb(reg_nsect(c), 0xaa);
  outb(reg_lbal(c), 0x55);
  outb(reg_nsect(c), 0x55);
  outb(reg_lbal(c), 0xaa);
  return inb(reg_nsect(c)) == 0x55 && inb(reg_lbal(c)) == 0xaa;
}

/* Resets channel C and sets is_ata for each device whose post-reset
 * signature (ATA-6 9.12) says "ATA disk".  Polls; does not sleep. */
void reset_channel(channel *c) {
  bool present[2];
  for (int dev = 0; dev < 2; dev++) present[dev] = device_answers(c, dev);

  select_device(c, 0, 0);
  outb(reg_control(c), CTL_SRST);
  delay_400ns(c);
  outb(reg_control(c), 0); /* Reset off, interrupts enabled (nIEN = 0). */
  delay_400ns(c);

  for (int dev = 0; dev < 2; dev++) {
    ata_disk *disk = &c->disks[dev];
    disk->is_ata = false;
    if (!present[dev]) continue;
    select_device(c, dev, 0);
    uint8_t status = wait_while_busy(c);
    if (status == 0xff || status == 0) continue; /* Hung or nothing there. */
    uint8_t error = inb(reg_error(c));
    bool diag_ok = error == 0x01 || (dev == 0 && error == 0x81);
    bool ata_signature = inb(reg_nsect(c)) == 1 && inb(reg_lbal(c)) == 1 &&
                         inb(reg_lbam(c)) == 0 && inb(reg_lbah(c)) == 0;
    disk->is_ata = diag_ok && ata_signature && (status & STA_DRDY);
  }
}

/* Copies the ATA string of WORDS 16-bit words at ID (two characters per
 * word, first one in the high byte) into DST, without trailing spaces. */
void ata_string(char *dst, const uint16_t *id, int words) {
  int n = 0;
  for (int i = 0; i < words; i++) {
    dst[n++] = (char)(id[i] >> 8);
    dst[n++] = (char)(id[i] & 0xff);
  }
  while (n > 0 && (dst[n - 1] == ' ' || dst[n - 1] == '\0')) n--;
  dst[n] = '\0';
}

/* Prints SECTORS as a size in the largest unit that keeps it >= 1. */
void print_size(uint64_t sectors) {
  static const char *const units[] = {"bytes", "kB", "MB", "GB", "TB"};
  uint64_t size = sectors * BLOCK_SECTOR_SIZE;
  size_t u = 0;
  while (size >= 1024 && u + 1 < sizeof units / sizeof units[0]) {
    size /= 1024;
    u++;
  }
  printf("%llu %s", (unsigned long long)size, units[u]);
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
  printf("ide: bus-master DMA at port 0x%04x (PCI %02x:%02x.%x)\n", base, a.bus, a.device,
         a.function);
}

/* Role of the disk at CHAN_NO:DEV_NO (see devices/block.h). */
block_type role_by_position(int chan_no, int dev_no) {
  if (chan_no == 0) return dev_no == 0 ? BLOCK_KERNEL : BLOCK_FILESYS;
  return dev_no == 0 ? BLOCK_SCRATCH : BLOCK_SWAP;
}

/* Sends IDENTIFY DEVICE to DISK; if it answers as a usable ATA disk, prints
 * it and registers it with the block layer.  ID is a 512-byte buffer.
 * Sleeps. */
void identify_and_register(ata_disk *disk, int chan_no, uint16_t *id) {
  channel *c = disk->chan;
  uint8_t status;
  {
    lock_guard guard(&c->lock);
    if (wait_while_busy(c) & STA_BSY) return;
    select_device(c, disk->dev_no, 0);
    status = issue_and_wait(c, CMD_IDENTIFY_DEVICE);
    if (status & (STA_ERR | STA_DF) || !(status & STA_DRQ)) {
      printf("%s: IDENTIFY DEVICE failed, ignoring the disk\n", disk->name);
      return;
    }
    insw(reg_data(c), id, BLOCK_SECTOR_SIZE / 2);
  }

  /* Words 60-61: sectors addressable with 28-bit LBA; word 49 bit 9: LBA
   * supported (ATA-6 8.15.10). */
  block_sector_t size = id[60] | (block_sector_t)id[61] << 16;
  if (!(id[49] & (1 << 9)) || size == 0) {
    printf("%s: disk without LBA support, ignored\n", disk->name);
    return;
  }
  char model[41], serial[21];
  ata_string(model, &id[27], 20);
  ata_string(serial, &id[10], 10);
  printf("%s: detected %'" PRDSNu " sector (", disk->name, size);
  print_size(size);
  printf(") disk, model \"%s\", serial \"%s\"\n", model, serial);
  block_register(disk->name, role_by_position(chan_no, disk->dev_no), size,
                 &ide_operations, disk);
}

}  // namespace

void ide_init(void) {
  uint16_t *id = static_cast<uint16_t *>(malloc(BLOCK_SECTOR_SIZE));
  if (id == nullptr) {
    printf("ide: out of memory, no disks\n");
    return;
  }
  find_bus_master();
  for (int chan_no = 0; chan_no < 2; chan_no++) {
    channel *c = &channels[chan_no];
    snprintf(c->name, sizeof c->name, "ide%d", chan_no);
    c->base = chan_no == 0 ? 0x1f0 : 0x170;
    c->ctl = chan_no == 0 ? 0x3f6 : 0x376;
    c->vec = chan_no == 0 ? 0x2e : 0x2f; /* IRQ 14, IRQ 15 */
    if (c->bm != 0) outb(c->bm + BM_COMMAND, 0); /* bus master stopped */
    lock_init(&c->lock);
    sema_init(&c->done, 0);
    c->expecting_interrupt = false;
    for (int dev = 0; dev < 2; dev++) {
      ata_disk *disk = &c->disks[dev];
      snprintf(disk->name, sizeof disk->name, "hd%d:%d", chan_no, dev);
      disk->chan = c;
      disk->dev_no = dev;
      disk->is_ata = false;
    }
    intr_register_ext(c->vec, interrupt_handler, c->name);
    reset_channel(c);
    for (ata_disk &disk : c->disks)
      if (disk.is_ata) identify_and_register(&disk, chan_no, id);
  }
  free(id);
}
