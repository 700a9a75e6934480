/* lib/stdint.h -- fixed-width integer types, for kernel and user code.
 *
 * GCC's own <stdint.h> defers to the C library's in hosted mode, and user
 * test programs are compiled hosted (not -ffreestanding, so that a main()
 * without a return statement returns 0, as standard Pintos tests expect);
 * we have no C library, so this header takes the definitions GCC provides
 * for freestanding use directly. */
#ifndef LIB_STDINT_H
#define LIB_STDINT_H

#include <stdint-gcc.h>

#endif /* LIB_STDINT_H */
