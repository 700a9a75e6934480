/* kernel/init.h -- the boot sequence and the kernel command line. */
#ifndef KERNEL_INIT_H
#define KERNEL_INIT_H

#include <stddef.h>

/* Physical RAM, in pages, found at boot. */
extern size_t init_ram_pages;

/* Prints every subsystem's shutdown statistics ("Timer: N ticks", ...). */
void kernel_print_stats(void);

#endif /* KERNEL_INIT_H */
