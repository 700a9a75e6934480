/* kernel/pintos-api/threads/malloc.h -- the kernel's byte allocator
 * (kernel/malloc.h): malloc returns NULL when memory is short; free(NULL)
 * does nothing. */
#ifndef PINTOS_API_THREADS_MALLOC_H
#define PINTOS_API_THREADS_MALLOC_H

#include <stdlib.h>

#endif /* PINTOS_API_THREADS_MALLOC_H */
