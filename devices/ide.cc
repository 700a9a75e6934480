/* devices/ide.cc -- ATA disks on the legacy IDE controller: bus-master DMA
 * where the PIIX provides it, multi-sector PIO otherwise; completion by
 * interrupt either way.
 *
 * Layer: devices/.  Owns the two legacy channels and their disks; hands each
 * disk to the block layer, which is the only caller of ide_read/ide_write.
 * Objects: two static `channel`s, each with two `ata_disk` slots and a PRD
 * table, set up once by ide_init() and never freed.  Files: this one
 * (detection, PIO, the interrupt, the block operations), ide-dma.cc (the
 * bus master: PCI lookup, PRD tables, a DMA command), ide-internal.h (the
 * records and helpers both share).
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
 * A lost interrupt (a masked or misrouted IRQ: under qboot before the
 * kernel set up the local APIC, every one was lost) would leave the
 * requester asleep for ever.  So a watchdog runs at every timer tick.  A
 * wait whose disk is done (not busy, bus master stopped) may still have
 * its interrupt on the way: the timer outranks the disks at the PIC, and
 * under QEMU's virtual clock many ticks can pass while the host does the
 * I/O.  But once the timer's handler returns, a deliverable interrupt is
 * taken at once.  So the watchdog only notes a done disk at one tick; if
 * at a later tick the wait is still there, its interrupt was lost, and
 * the watchdog ends the wait as the handler would have.  The channel says
 * so once.  A disk that is still busy is left alone however long it takes
 * (time alone proves nothing under the virtual clock).
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
#include "devices/block.h"
#include "devices/timer.h"
#include "devices/ide-internal.h"
#include "kernel/malloc.h"
#include "kernel/synch.h"
#include "lib/debug.h"

bool ide_dma_enabled = true;

namespace ide_detail {
channel channels[2];
}  // namespace ide_detail

using namespace ide_detail;

namespace {

/* Polls of the alternate status register before declaring a device hung.
 * Under QEMU a device is never busy for more than a few polls; on real
 * hardware a reset may take seconds, which this bound roughly covers. */
constexpr long POLL_LIMIT = 10'000'000;

/* The 400 ns a device may take to post its status after a command or a
 * device selection (ATA-6 9.2): four reads of alternate status. */
void delay_400ns(const channel *c) {
  for (int i = 0; i < 4; i++) inb(reg_alt_status(c));
}

/* Selects device DEV_NO on C, LBA mode, with LBA bits 27:24 from LBA. */
void select_device(channel *c, int dev_no, block_sector_t lba) {
  uint8_t dev = DEV_MBS | DEV_LBA | ((lba >> 24) & 0x0f);
  if (dev_no == 1) dev |= DEV_DEV;
  outb(reg_device(c), dev);
  delay_400ns(c);
}

/* Ends the wait on C with STATUS.  Interrupts off. */
void end_wait(channel *c, uint8_t status) {
  c->expecting_interrupt = false;
  c->done_seen_at = NOT_SEEN;
  c->irq_status = status;
  sema_up(&c->done);
}

/* Interrupt handler for both channels; runs with interrupts off. */
void interrupt_handler(intr_frame *f) {
  for (channel &c : channels) {
    if (f->vec_no != c.vec) continue;
    uint8_t status = inb(reg_status(&c)); /* Acknowledges the interrupt. */
    /* A busy disk, or a running bus master, is no completion: this is the
     * late interrupt of a command the watchdog already ended. */
    if (c.expecting_interrupt && !(status & STA_BSY) && !dma_active(&c)) end_wait(&c, status);
    return;
  }
}

/* The watchdog (see the top of this file); timer interrupt, interrupts
 * off. */
void watchdog(int64_t now) {
  for (channel &c : channels) {
    if (!c.expecting_interrupt || now <= c.expecting_since) continue;
    if ((inb(reg_alt_status(&c)) & STA_BSY) || dma_active(&c)) {
      c.done_seen_at = NOT_SEEN;
    } else if (c.done_seen_at == NOT_SEEN) {
      c.done_seen_at = now; /* Its interrupt may be right behind us. */
    } else if (now > c.done_seen_at) {
      c.lost_interrupt = true;
      end_wait(&c, inb(reg_status(&c))); /* Acknowledges it, if it comes. */
    }
  }
}

/* Issues COMMAND on C (device and task file already set up) and sleeps
 * until the disk interrupts.  Returns the status the handler read.
 * Caller holds C->lock.  Sleeps. */
uint8_t issue_and_wait(channel *c, uint8_t command) {
  expect_interrupt(c);
  outb(reg_command(c), command);
  return wait_for_interrupt(c);
}

}  // namespace

namespace ide_detail {

void expect_interrupt(channel *c) {
  c->expecting_since = INT64_MAX; /* The watchdog waits for the wait. */
  c->expecting_interrupt = true;
}

uint64_t lost_interrupts;

uint8_t wait_for_interrupt(channel *c) {
  /* Timed from here, after the command or data went out: a thread
   * preempted before it issued the command must not find its wait ended
   * by a disk that was simply idle. */
  c->done_seen_at = NOT_SEEN;
  c->expecting_since = timer_ticks();
  sema_down(&c->done);
  if (c->lost_interrupt) {
    c->lost_interrupt = false;
    lost_interrupts++;
    if (!c->lost_reported) {
      c->lost_reported = true;
      printf("%s: a disk interrupt was lost; the watchdog found the disk done "
             "(said once)\n", c->name);
    }
  }
  return c->irq_status;
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
}  // namespace ide_detail

namespace {

/* READ SECTORS: COUNT sectors at LBA on DISK into BUFFER, one interrupt
 * per sector.  Channel lock held; sleeps. */
bool pio_read(ata_disk *disk, block_sector_t lba, size_t count, uint8_t *buffer) {
  channel *c = disk->chan;
  if (!setup_transfer(disk, lba, count)) return report_error(disk, "read", lba, count, 0xff);
  expect_interrupt(c);
  outb(reg_command(c), CMD_READ_SECTORS);
  for (size_t i = 0; i < count; i++) {
    uint8_t status = wait_for_interrupt(c);
    if (status & (STA_ERR | STA_DF) || !(status & STA_DRQ))
      return report_error(disk, "read", lba, count, status);
    /* The next sector's interrupt can only follow this sector's data. */
    if (i + 1 < count) expect_interrupt(c);
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
    expect_interrupt(c);
    outsw(reg_data(c), buffer + i * BLOCK_SECTOR_SIZE, BLOCK_SECTOR_SIZE / 2);
    status = wait_for_interrupt(c);
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
    lock_init(&c->lock);
    sema_init(&c->done, 0);
    c->expecting_interrupt = false;
    c->lost_interrupt = false;
    c->lost_reported = false;
    c->done_seen_at = NOT_SEEN;
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
  timer_on_tick(watchdog);
}

uint64_t ide_lost_interrupts(void) { return lost_interrupts; }
