/* kernel/ksyms.h -- the kernel's own symbol table, for readable backtraces.
 *
 * The build links the kernel twice: the first image's text symbols
 * (`nm -n`) become a generated table (tools/ksyms-gen) that the second link
 * places after .data, where it cannot move any code.  The first image
 * carries an empty table. */
#ifndef KERNEL_KSYMS_H
#define KERNEL_KSYMS_H

#include <stdint.h>

/* The name of the function containing ADDR and ADDR's offset into it, or
 * NULL when the table is empty or ADDR lies outside every function. */
const char *ksyms_lookup(uint64_t addr, uint64_t *offset);

#endif /* KERNEL_KSYMS_H */
