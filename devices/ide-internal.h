/* devices/ide-internal.h -- what devices/ide.cc and devices/ide-dma.cc
 * share: the channel and disk records, register names and the task-file
 * helpers.  Included by those two files only.  See devices/ide.cc for the
 * protocol and the locking. */
#ifndef DEVICES_IDE_INTERNAL_H
#define DEVICES_IDE_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "arch/x86_64/mmu.h"
#include "devices/block.h"
#include "kernel/synch.h"

namespace ide_detail {

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

/* Sectors per command: 64 KiB.  The sector count register could say 256
 * (as 0); 128 keeps the PRD table small and a page-aligned request whole. */
constexpr size_t MAX_SECTORS = 128;

/* A physical region descriptor (see the overview in devices/ide.cc). */
struct prd {
  uint32_t addr;   /* physical, even */
  uint16_t bytes;  /* even; 0 would mean 64 KiB */
  uint16_t flags;  /* PRD_END on the last entry */
};
static_assert(sizeof(prd) == 8, "PRD layout (SFF-8038i)");
constexpr uint16_t PRD_END = 0x8000;
/* A request of MAX_SECTORS that starts mid-page touches one page more. */
constexpr size_t PRD_MAX = MAX_SECTORS * BLOCK_SECTOR_SIZE / PGSIZE + 1;

struct channel;

/* One ATA disk: the aux pointer its block device carries. */
struct ata_disk {
  char name[8];      /* "hd0:1" */
  channel *chan;     /* The channel it sits on. */
  int dev_no;        /* 0 (master) or 1 (slave). */
  bool is_ata;       /* Set by the reset when the signature says ATA. */
};

/* channel::done_seen_at when the watchdog has not seen the disk done. */
constexpr int64_t NOT_SEEN = -1;

struct channel {
  char name[8];       /* "ide0" */
  uint16_t base;      /* Command block registers. */
  uint16_t ctl;       /* Control block register. */
  uint8_t vec;        /* Interrupt vector. */

  uint16_t bm;        /* Bus-master registers; 0: no DMA on this channel. */

  struct lock lock;   /* Held for a whole command; guards the registers and
                         the PRD table. */
  semaphore done;     /* Upped by the interrupt handler (or the watchdog). */
  /* Shared with the interrupt handler and the watchdog (devices/ide.cc). */
  volatile bool expecting_interrupt;
  volatile uint8_t irq_status;
  volatile int64_t expecting_since; /* Tick the wait began (INT64_MAX
                                       until the command is out). */
  volatile int64_t done_seen_at;    /* Tick the watchdog first saw the
                                       disk done, or NOT_SEEN. */
  volatile bool lost_interrupt;     /* The watchdog ended the last wait. */
  bool lost_reported;                /* Said so once already (lock holder). */

  ata_disk disks[2];

  /* PRD table: 256-byte aligned, so it never crosses a 64 KiB boundary. */
  alignas(256) prd prdt[PRD_MAX];
};
static_assert(sizeof(prd) * PRD_MAX <= 256, "PRD table within its alignment");

/* The two legacy channels (devices/ide.cc). */
extern channel channels[2];
/* Register ports of channel C. */
inline uint16_t reg_data(const channel *c) { return c->base + 0; }
inline uint16_t reg_error(const channel *c) { return c->base + 1; }
inline uint16_t reg_nsect(const channel *c) { return c->base + 2; }
inline uint16_t reg_lbal(const channel *c) { return c->base + 3; }
inline uint16_t reg_lbam(const channel *c) { return c->base + 4; }
inline uint16_t reg_lbah(const channel *c) { return c->base + 5; }
inline uint16_t reg_device(const channel *c) { return c->base + 6; }
inline uint16_t reg_status(const channel *c) { return c->base + 7; }
inline uint16_t reg_command(const channel *c) { return c->base + 7; }
inline uint16_t reg_alt_status(const channel *c) { return c->ctl; }
inline uint16_t reg_control(const channel *c) { return c->ctl; }

/* ---- In devices/ide.cc; channel lock held, except at boot. ---- */

/* Marks C as waiting for its disk's interrupt (before the command or data
 * that makes the disk raise it). */
void expect_interrupt(channel *c);
/* Sleeps until the disk interrupts (or the watchdog finds the disk done at
 * two ticks: its interrupt was lost); returns the status read for it. */
uint8_t wait_for_interrupt(channel *c);
/* Waits the watchdog ended, on either channel. */
extern uint64_t lost_interrupts;

/* Waits until BSY clears on C.  Returns the final status, or 0xff if the
 * channel stayed busy for too long (after printing so). */
uint8_t wait_while_busy(const channel *c);
/* Sets up the task file for a command on COUNT (1..MAX_SECTORS) sectors at
 * LBA on DISK.  Returns false if the channel stays busy. */
bool setup_transfer(ata_disk *disk, block_sector_t lba, size_t count);
/* Prints the error of a failed command on DISK; returns false. */
bool report_error(ata_disk *disk, const char *what, block_sector_t lba, size_t count,
                  uint8_t status);

/* ---- In devices/ide-dma.cc. ---- */

/* Finds the IDE controller's bus master on the PCI bus and gives each
 * channel in compatibility mode (the legacy ports we drive) its registers
 * (channel::bm); enables bus mastering.  Prints one line saying what it
 * found.  Leaves every channel without DMA if there is no bus master or
 * ide_dma_enabled is false.  Boot time, before the channels are used. */
void find_bus_master(void);
/* Fills C's PRD table for the BYTES at BUFFER.  Returns false, with the
 * table undefined, if the bus master cannot reach the buffer: outside the
 * direct map, at an odd address or above 4 GiB.  Channel lock held. */
bool fill_prd_table(channel *c, const void *buffer, size_t bytes);
/* One DMA command moving COUNT sectors between LBA on DISK and the buffer
 * whose PRD table the caller has filled.  TO_DISK picks WRITE DMA.
 * Returns false on a device error (printed).  Channel lock held; sleeps. */
bool dma_transfer(ata_disk *disk, block_sector_t lba, size_t count, bool to_disk);
/* True while C's bus master is moving data (never on a channel without
 * one).  Any context. */
bool dma_active(const channel *c);

}  // namespace ide_detail

#endif /* DEVICES_IDE_INTERNAL_H */
