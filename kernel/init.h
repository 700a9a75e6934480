/* kernel/init.h -- the boot sequence and the kernel command line. */
#ifndef KERNEL_INIT_H
#define KERNEL_INIT_H

#include <stddef.h>

/* Physical RAM, in pages, found at boot. */
extern size_t init_ram_pages;

/* The boot protocol that loaded us ("multiboot2": GRUB; "multiboot1": QEMU's
 * -kernel loader) and the kernel command line as received (before it was
 * split into words), for tests/boot. */
const char *init_boot_protocol(void);
const char *init_command_line(void);

#endif /* KERNEL_INIT_H */
