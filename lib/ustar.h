/* lib/ustar.h -- POSIX ustar archive headers (POSIX.1-2001, "pax" chapter,
 * ustar interchange format).
 *
 * Layer: lib/, no dependencies beyond string and printf formatting.  Used
 * by the kernel's `extract` and `append` actions (filesys/fsutil.cc) to move
 * files through the scratch disk; the host side (tools/pintos) writes and
 * reads the same format.
 *
 * An archive is a sequence of 512-byte blocks: for each member a header
 * block followed by its data rounded up to whole blocks, then two blocks of
 * zeros.  The header block:
 *
 *     offset  size  field        offset  size  field
 *          0   100  name            257     6  magic "ustar\0"
 *        100     8  mode            263     2  version "00"
 *        108     8  uid             265    32  uname
 *        116     8  gid             297    32  gname
 *        124    12  size (octal)    329     8  devmajor
 *        136    12  mtime           337     8  devminor
 *        148     8  chksum          345   155  prefix
 *        156     1  typeflag        500    12  (padding)
 *        157   100  linkname
 *
 * Numbers are octal ASCII.  chksum is the sum of all 512 bytes as unsigned
 * values, counting the chksum field itself as eight spaces. */
#ifndef LIB_USTAR_H
#define LIB_USTAR_H

#include <stdbool.h>

/* Size of a header and of the data blocks. */
#define USTAR_BLOCK_SIZE 512

enum ustar_type {
  USTAR_REGULAR = '0',   /* Ordinary file. */
  USTAR_DIRECTORY = '5', /* Directory. */
  USTAR_EOF = -1,        /* An all-zero block: end of archive. */
};

/* Fills HEADER (USTAR_BLOCK_SIZE bytes) with a header for a member FILE_NAME
 * of TYPE and SIZE bytes.  A name over 99 characters is split at a '/'
 * into the prefix field (at most 155 characters before it, 99 after).
 * Returns false if FILE_NAME cannot be stored so or SIZE is negative. */
#ifdef __cplusplus
extern "C" {
#endif

bool ustar_make_header(const char *file_name, enum ustar_type type, int size, char header[]);

/* Parses HEADER (USTAR_BLOCK_SIZE bytes).  On success returns NULL and sets
 * *FILE_NAME (pointing into HEADER, a leading "./" skipped), *TYPE and
 * *SIZE; for an all-zero block *TYPE is USTAR_EOF, *FILE_NAME NULL and
 * *SIZE 0.  On failure returns a message saying what is wrong ("corrupt
 * ustar header", "unsupported member type", ...), and the outputs are
 * unspecified. */
const char *ustar_parse_header(const char header[], const char **file_name,
                               enum ustar_type *type, int *size);

#ifdef __cplusplus
}
#endif

#endif /* LIB_USTAR_H */
