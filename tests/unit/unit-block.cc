/* tests/unit/unit-block.cc -- multi-sector requests through the block
 * layer and the IDE driver (devices/block.h), on the raw swap disk.
 *
 * unit-block runs with bus-master DMA, unit-block-pio with -nodma.  Each
 * writes a pattern with requests of several sizes and alignments -- a page
 * (one command), 136 sectors (cut into 128 + 8), a buffer that starts
 * mid-page (DMA: a PRD entry per page piece) and one at an odd address
 * (DMA cannot reach it: PIO for that request) -- reads it back sector by
 * sector and in one long request, checks the disk commands the layer
 * counted, and checks that requests past the end of the disk fail alone
 * (the next request works).  Last, with the channel's interrupt masked at
 * the PIC, a page is written and read back: the driver's watchdog must end
 * each wait whose interrupt never comes (it says so once), and the
 * requests after the mask is lifted must work. */
#include <stdio.h>
#include <string.h>

#include "arch/x86_64/mmu.h"
#include "arch/x86_64/interrupt.h"
#include "devices/block.h"
#include "devices/ide.h"
#include "kernel/palloc.h"
#include "tests/kernel/ktest.h"

namespace {

#define CHECK(COND, ...)            \
  do {                              \
    if (!(COND)) fail(__VA_ARGS__); \
  } while (0)

constexpr size_t PAGES = 20;                 /* the buffer: 80 KiB */
constexpr size_t SECTORS = 144;              /* what the test writes */

uint8_t pattern(size_t sector, size_t byte) { return (uint8_t)(sector * 7 + byte / 3 + 1); }

void fill(uint8_t *buf, block_sector_t first, size_t count) {
  for (size_t s = 0; s < count; s++)
    for (size_t i = 0; i < BLOCK_SECTOR_SIZE; i++)
      buf[s * BLOCK_SECTOR_SIZE + i] = pattern(first + s, i);
}

bool holds(const uint8_t *buf, block_sector_t first, size_t count) {
  for (size_t s = 0; s < count; s++)
    for (size_t i = 0; i < BLOCK_SECTOR_SIZE; i++)
      if (buf[s * BLOCK_SECTOR_SIZE + i] != pattern(first + s, i)) return false;
  return true;
}

void test_block(void) {
  block *disk = block_get_role(BLOCK_SWAP);
  CHECK(disk != nullptr, "no swap disk (run with --swap-disk)");
  uint8_t *buf = static_cast<uint8_t *>(palloc_get_multiple(PAL_ZERO, PAGES));
  CHECK(buf != nullptr, "out of memory");
  uint64_t cmds = block_write_command_count(disk);

  /* Sectors 0-7: a page-aligned page.  8-143: 136 sectors from mid-page. */
  fill(buf, 0, 8);
  CHECK(block_write_multi(disk, 0, 8, buf), "write a page");
  uint8_t *mid = buf + PGSIZE + 1536;
  fill(mid, 8, 136);
  CHECK(block_write_multi(disk, 8, 136, mid), "write 136 sectors from mid-page");
  CHECK(block_write_command_count(disk) - cmds == 3, "%llu write commands, expected 1 + 2",
        (unsigned long long)(block_write_command_count(disk) - cmds));
  msg("wrote 1 page and 136 sectors in 3 commands");

  /* Overwrite sectors 20-23 from an odd address. */
  uint8_t *odd = buf + 3 * PGSIZE + 1;
  fill(odd, 20, 4);
  CHECK(block_write_multi(disk, 20, 4, odd), "write from an odd address");

  memset(buf, 0, PAGES * PGSIZE);
  for (block_sector_t s = 0; s < SECTORS; s++) {
    CHECK(block_read(disk, s, buf), "read sector %u", s);
    CHECK(holds(buf, s, 1), "sector %u holds other data", s);
  }
  msg("each sector reads back alone");

  uint64_t reads = block_read_command_count(disk);
  memset(buf, 0, PAGES * PGSIZE);
  CHECK(block_read_multi(disk, 0, SECTORS, buf + 2), "read %zu sectors", SECTORS);
  CHECK(holds(buf + 2, 0, SECTORS), "the long read holds other data");
  CHECK(block_read_command_count(disk) - reads == 2, "%llu read commands, expected 2",
        (unsigned long long)(block_read_command_count(disk) - reads));
  msg("%zu sectors read back in 2 commands", SECTORS);

  block_sector_t size = block_size(disk);
  CHECK(!block_read_multi(disk, size - 4, 8, buf), "a read past the end succeeded");
  CHECK(!block_write_multi(disk, size, 1, buf), "a write past the end succeeded");
  CHECK(block_read_multi(disk, 0, 0, buf), "an empty read failed");
  CHECK(block_read_multi(disk, size - 8, 8, buf), "the last page cannot be read");
  msg("requests past the end fail alone");

  /* hd0:N is on channel 0 (IRQ 14, vector 0x2e), hd1:N on channel 1. */
  uint8_t vec = block_name(disk)[2] == '0' ? 0x2e : 0x2f;
  uint64_t lost = ide_lost_interrupts();
  fill(buf, 200, 8);
  intr_set_masked(vec, true);
  bool wrote = block_write_multi(disk, 200, 8, buf);
  memset(buf, 0, PGSIZE);
  bool read = block_read_multi(disk, 200, 8, buf);
  intr_set_masked(vec, false);
  CHECK(wrote && read, "a request failed while the disk's interrupt was masked");
  CHECK(holds(buf, 200, 8), "the page read without interrupts holds other data");
  CHECK(ide_lost_interrupts() > lost, "no wait was ended by the watchdog");
  memset(buf, 0, PGSIZE);
  CHECK(block_read_multi(disk, 0, 8, buf) && holds(buf, 0, 8),
        "a read after the interrupt came back failed");
  msg("with the disk's interrupt lost, a page is written and read back");

  palloc_free_multiple(buf, PAGES);
  pass();
}

}  // namespace

KERNEL_TEST("unit-block", test_block);
KERNEL_TEST("unit-block-pio", test_block);
