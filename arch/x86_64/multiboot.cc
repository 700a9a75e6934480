/* arch/x86_64/multiboot.cc -- parsing the multiboot1/multiboot2 information.
 * Layouts: Multiboot Specification 0.6.96, section 3.3 (boot information
 * format); Multiboot2 Specification 2.0, section 3.6 (tags 1 = command line,
 * 6 = memory map).  Both hand us physical addresses, which the boot page
 * tables map at KERN_BASE. */
#include "arch/x86_64/multiboot.h"

#include <string.h>

#include "arch/x86_64/mmu.h"

extern "C" char __kernel_end[];

namespace {

constexpr uint32_t MB1_LOADER_MAGIC = 0x2badb002;
constexpr uint32_t MB2_LOADER_MAGIC = 0x36d76289;
constexpr uint32_t MEMORY_AVAILABLE = 1;

/* Records one memory-map entry: keep the available region that contains
 * the kernel image. */
void note_region(boot_info *bi, uint64_t base, uint64_t len, uint32_t type) {
  if (type != MEMORY_AVAILABLE || len == 0) return;
  bi->total_usable += len;
  uint64_t kernel_end = vtop(__kernel_end);
  if (base <= kernel_end && kernel_end < base + len) {
    bi->ram_start = base;
    bi->ram_end = base + len;
  }
}

void copy_cmdline(boot_info *bi, const char *s) {
  strlcpy(bi->cmdline, s, sizeof bi->cmdline);
}

struct [[gnu::packed]] Mb1Info {
  uint32_t flags;
  uint32_t mem_lower, mem_upper;
  uint32_t boot_device;
  uint32_t cmdline;
  uint32_t mods_count, mods_addr;
  uint32_t syms[4];
  uint32_t mmap_length, mmap_addr;
};
struct [[gnu::packed]] Mb1MmapEntry {
  uint32_t size; /* of the rest of the entry */
  uint64_t base, length;
  uint32_t type;
};

void parse_mb1(uint32_t info, boot_info *bi) {
  const Mb1Info *mbi = (const Mb1Info *)ptov(info);
  bi->loader = "multiboot1";
  if (mbi->flags & (1 << 2)) copy_cmdline(bi, (const char *)ptov(mbi->cmdline));
  if (mbi->flags & (1 << 6)) {
    uint64_t p = mbi->mmap_addr, end = p + mbi->mmap_length;
    while (p < end) {
      const Mb1MmapEntry *e = (const Mb1MmapEntry *)ptov(p);
      note_region(bi, e->base, e->length, e->type);
      p += e->size + 4;
    }
  } else if (mbi->flags & 1) {
    /* Only the basic counts: upper memory starts at 1 MiB. */
    note_region(bi, 0x100000, (uint64_t)mbi->mem_upper * 1024, MEMORY_AVAILABLE);
  }
}

struct [[gnu::packed]] Mb2Tag {
  uint32_t type, size;
};
struct [[gnu::packed]] Mb2MmapEntry {
  uint64_t base, length;
  uint32_t type, reserved;
};

void parse_mb2(uint32_t info, boot_info *bi) {
  bi->loader = "multiboot2";
  const uint8_t *start = (const uint8_t *)ptov(info);
  uint32_t total_size = *(const uint32_t *)start;
  for (uint32_t off = 8; off + sizeof(Mb2Tag) <= total_size;) {
    const Mb2Tag *tag = (const Mb2Tag *)(start + off);
    if (tag->type == 0) break;
    if (tag->type == 1) {
      copy_cmdline(bi, (const char *)(tag + 1));
    } else if (tag->type == 6) {
      uint32_t entry_size = *(const uint32_t *)(tag + 1);
      const uint8_t *p = (const uint8_t *)(tag + 1) + 8;
      const uint8_t *end = (const uint8_t *)tag + tag->size;
      for (; entry_size != 0 && p + entry_size <= end; p += entry_size) {
        const Mb2MmapEntry *e = (const Mb2MmapEntry *)p;
        note_region(bi, e->base, e->length, e->type);
      }
    }
    off += (tag->size + 7) & ~7u;
  }
}

}  // namespace

bool multiboot_parse(uint32_t magic, uint32_t info, boot_info *bi) {
  memset(bi, 0, sizeof *bi);
  if (magic == MB2_LOADER_MAGIC) {
    parse_mb2(info, bi);
  } else if (magic == MB1_LOADER_MAGIC) {
    parse_mb1(info, bi);
  } else {
    bi->loader = "an unknown boot loader";
    return false;
  }
  return bi->ram_end != 0;
}
