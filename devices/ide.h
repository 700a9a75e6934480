/* devices/ide.h -- driver for ATA disks on the legacy IDE controller.
 *
 * Layer: devices/, below the block layer (devices/block.h).  Owns both
 * legacy channels (ports 0x1f0/0x3f6 on IRQ 14, 0x170/0x376 on IRQ 15) and
 * the up to four disks on them, and the PIIX bus master when there is one.
 * One block request of up to 128 sectors is one ATA command.  See
 * devices/ide.cc for the protocol. */
#ifndef DEVICES_IDE_H
#define DEVICES_IDE_H

#include <stdint.h>

/* True (default): transfer by bus-master DMA where the controller offers
 * it; false (kernel option -nodma): PIO only.  Set before ide_init(). */
extern bool ide_dma_enabled;

/* Resets both channels, detects ATA disks (ATAPI and absent devices are
 * skipped), prints one line per disk found and registers each with the
 * block layer as "hd<channel>:<device>" with its role by position.
 * Call once, after thread_start() with interrupts on: detection sleeps on
 * the disks' interrupts.  A machine with no disks at all is fine. */
void ide_init(void);

/* Disk commands whose completion interrupt never came, which the watchdog
 * ended instead (devices/ide.cc).  For tests. */
uint64_t ide_lost_interrupts(void);

#endif /* DEVICES_IDE_H */
