/* devices/block.h -- the block layer: every disk, by name and by role.
 *
 * Layer: devices/.  Below it the drivers (devices/ide.cc); above it the file
 * system (filesys/), swap (vm/) and the command-line actions (filesys/fsutil).
 *
 * A block device is an array of 512-byte sectors numbered from 0.  A driver
 * registers each disk it finds once, at boot, with block_register(); the
 * struct block it gets back lives until power-off (disks are never removed).
 * Users find a disk by its role or its name and then only call block_read()
 * and block_write() (one sector), or block_read_multi() and
 * block_write_multi() (a run of sectors, e.g. a page), which check the
 * sector numbers, count the transfer and hand it to the driver through its
 * operations table.  A request of up to the driver's max_sectors is one
 * driver call, which the driver carries out as one disk command (IDE: one
 * ATA command, by bus-master DMA or multi-sector PIO); longer requests are
 * cut into such pieces.  The layer counts sectors and commands per disk.
 *
 * Roles follow the Pintos x86-64 convention, by position on the legacy IDE
 * controller (see devices/ide.cc):
 *
 *     hd0:0  boot disk (GRUB + kernel)     BLOCK_KERNEL   (never touched)
 *     hd0:1  file-system disk              BLOCK_FILESYS
 *     hd1:0  scratch disk (ustar in/out)   BLOCK_SCRATCH
 *     hd1:1  swap disk                     BLOCK_SWAP
 *
 * Thread safety: the device list is written only during ide_init(), before
 * any other thread looks at disks, and is read-only afterwards.  Transfers
 * are serialised by the driver (one lock per IDE channel); the counters are
 * updated atomically.  block_read/block_write may sleep: never call them
 * from an interrupt handler or with interrupts off. */
#ifndef DEVICES_BLOCK_H
#define DEVICES_BLOCK_H

#include <stddef.h>
#include <stdint.h>

/* Size of a block device sector in bytes. */
#define BLOCK_SECTOR_SIZE 512

/* Index of a sector on a block device.  The file system stores these on
 * disk, so the width is part of the disk format. */
typedef uint32_t block_sector_t;

/* printf() conversion for block_sector_t ("%" PRDSNu). */
#define PRDSNu "u"

/* What a disk is used for.  The first BLOCK_ROLE_CNT types are roles: at
 * most one disk has each. */
enum block_type {
  BLOCK_KERNEL,  /* The boot disk: GRUB and the kernel image. */
  BLOCK_FILESYS, /* The file system. */
  BLOCK_SCRATCH, /* Ustar archives moving files in and out of the guest. */
  BLOCK_SWAP,    /* Swap space. */
  BLOCK_ROLE_CNT,

  BLOCK_RAW = BLOCK_ROLE_CNT, /* A disk with no role. */
  BLOCK_FOREIGN,              /* Owned by something else; do not touch. */
  BLOCK_CNT
};

/* "kernel", "filesys", "scratch", "swap", "raw", "foreign". */
const char *block_type_name(block_type type);

/* A driver's operations on one of its disks.  AUX is the pointer the driver
 * passed to block_register().  read/write transfer COUNT sectors from
 * SECTOR on (1 <= COUNT <= max_sectors, the whole range already known to be
 * on the disk) to or from BUFFER (COUNT * BLOCK_SECTOR_SIZE bytes anywhere
 * in kernel memory) as one disk command.  Each returns true on success and
 * false on a device error (after printing what went wrong): the error
 * fails that request only.  Both may sleep. */
struct block_operations {
  bool (*read)(void *aux, block_sector_t sector, size_t count, void *buffer);
  bool (*write)(void *aux, block_sector_t sector, size_t count, const void *buffer);
  size_t max_sectors; /* largest COUNT one call takes (>= 1) */
};

struct block; /* Opaque: use the functions below. */

/* The disk with ROLE (BLOCK_KERNEL .. BLOCK_SWAP), or NULL if none. */
block *block_get_role(block_type role);

/* The disk called NAME ("hd0:1"), or NULL. */
block *block_get_by_name(const char *name);

/* Iteration over every registered disk, in registration order:
 *     for (block *b = block_first(); b != NULL; b = block_next(b)) ... */
block *block_first(void);
block *block_next(block *b);

/* Reads sector SECTOR of B into BUFFER (BLOCK_SECTOR_SIZE bytes).
 * Returns true on success.  A sector past the end of the disk is an error:
 * it prints "block: hd0:1: sector N is out of range (disk has M sectors)"
 * and returns false without touching the disk; a device error returns
 * false too.  May sleep; BUFFER may be anywhere in kernel memory. */
bool block_read(block *b, block_sector_t sector, void *buffer);

/* Writes BUFFER (BLOCK_SECTOR_SIZE bytes) to sector SECTOR of B, with the
 * same checks and results as block_read().  May sleep. */
bool block_write(block *b, block_sector_t sector, const void *buffer);

/* Reads COUNT sectors of B, from SECTOR on, into BUFFER (COUNT *
 * BLOCK_SECTOR_SIZE bytes) in as few disk commands as the driver allows
 * (one for a page).  Returns true on success.  A range that does not fit
 * on the disk is an error (printed, nothing transferred); so is a device
 * error, which may leave BUFFER partly filled.  COUNT 0 does nothing and
 * succeeds.  May sleep. */
bool block_read_multi(block *b, block_sector_t sector, size_t count, void *buffer);

/* Writes COUNT sectors from BUFFER to B from SECTOR on, as
 * block_read_multi() reads them.  After an error the disk may hold part of
 * the data.  May sleep. */
bool block_write_multi(block *b, block_sector_t sector, size_t count, const void *buffer);

/* Number of sectors on B. */
block_sector_t block_size(const block *b);
/* B's name, e.g. "hd0:1". */
const char *block_name(const block *b);
/* B's type (its role, or BLOCK_RAW). */
block_type block_get_type(const block *b);

/* Sectors read from / written to B since boot. */
uint64_t block_read_count(const block *b);
uint64_t block_write_count(const block *b);
/* Disk commands (driver calls) that read / wrote B since boot, failed ones
 * included. */
uint64_t block_read_command_count(const block *b);
uint64_t block_write_command_count(const block *b);

/* Sectors read from / written to the file-system disk since boot (0 when
 * there is none).  The test interrupts 0x43 and 0x44 return these. */
uint64_t block_filesys_read_count(void);
uint64_t block_filesys_write_count(void);

/* Prints "hd0:1: N reads, M writes in R + W commands" (sectors, then the
 * disk commands that moved them) for every disk except the boot disk;
 * called at shutdown. */
void block_print_stats(void);

/* For drivers.  Registers a disk called NAME (at most 15 characters) of
 * SIZE sectors with role or type TYPE, transferred through OPS with AUX.
 * Returns the new device, or NULL (after printing why) if memory is
 * exhausted or another disk already has role TYPE.  Boot time only: not
 * safe against concurrent lookups. */
block *block_register(const char *name, block_type type, block_sector_t size,
                      const block_operations *ops, void *aux);

#endif /* DEVICES_BLOCK_H */
