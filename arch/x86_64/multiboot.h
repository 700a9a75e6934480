/* arch/x86_64/multiboot.h -- what the boot loader told us.
 *
 * Reads either boot protocol's information structure (multiboot2 from GRUB,
 * multiboot1 from QEMU's -kernel loader) once, early, and copies out what the
 * kernel needs: the usable RAM range that holds the kernel, and the command
 * line.  Nothing keeps a pointer into the loader's memory afterwards, so that
 * memory can be reused by the page allocator. */
#ifndef ARCH_X86_64_MULTIBOOT_H
#define ARCH_X86_64_MULTIBOOT_H

#include <stddef.h>
#include <stdint.h>

struct boot_info {
  const char *loader;        /* "multiboot2" or "multiboot1" */
  uint64_t ram_start;        /* first usable byte of the RAM region holding the kernel */
  uint64_t ram_end;          /* one past its last usable byte */
  uint64_t total_usable;     /* bytes of usable RAM in all regions */
  char cmdline[1024];        /* boot loader command line ("" when none) */
};

/* Parses the boot information at physical address INFO given loader magic
 * MAGIC into BI.  Returns false (leaving an explanation in BI->loader) for an
 * unknown magic or a memory map without the kernel's region. */
bool multiboot_parse(uint32_t magic, uint32_t info, boot_info *bi);

#endif /* ARCH_X86_64_MULTIBOOT_H */
