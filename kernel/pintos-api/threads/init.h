/* kernel/pintos-api/threads/init.h -- what the standard Pintos
 * threads/init.h offers its includers: the amount of RAM (in pages). */
#ifndef PINTOS_API_THREADS_INIT_H
#define PINTOS_API_THREADS_INIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Pages of physical memory (set at boot from the loader's memory map). */
extern size_t init_ram_pages;

#endif /* PINTOS_API_THREADS_INIT_H */
