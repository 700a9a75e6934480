/* lib/bitmap.h -- fixed-size arrays of bits, with searches for runs of
 * set or clear bits.
 *
 * Used for page allocation (palloc) and the file system's free map.  A
 * bitmap is either allocated by bitmap_create (and freed by bitmap_destroy)
 * or laid over caller-provided memory by bitmap_create_in_buf (the caller
 * owns that memory; do not bitmap_destroy it).  Bit indexes run from 0 to
 * bitmap_size() - 1; an index or range outside that is a caller bug and
 * fails an ASSERT.  Bitmaps are not synchronised: the caller locks. */
#ifndef LIB_BITMAP_H
#define LIB_BITMAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Returned by the scan functions when no suitable run exists. */
#define BITMAP_ERROR SIZE_MAX

struct bitmap;

#ifdef __cplusplus
extern "C" {
#endif

/* Creating and destroying. */

/* A new bitmap of BIT_CNT bits, all false, allocated with malloc; NULL if
 * memory is short. */
struct bitmap *bitmap_create(size_t bit_cnt);
/* A bitmap of BIT_CNT bits, all false, built inside the BLOCK_SIZE bytes at
 * BLOCK, which must be at least bitmap_buf_size(BIT_CNT) bytes (best 8-byte
 * aligned).  Allocates nothing. */
struct bitmap *bitmap_create_in_buf(size_t bit_cnt, void *block, size_t block_size);
/* Bytes bitmap_create_in_buf needs for BIT_CNT bits. */
size_t bitmap_buf_size(size_t bit_cnt);
/* Frees a bitmap from bitmap_create.  NULL is allowed. */
void bitmap_destroy(struct bitmap *b);

/* Bitmap size, in bits. */
size_t bitmap_size(const struct bitmap *b);

/* Setting and testing single bits. */
void bitmap_set(struct bitmap *b, size_t idx, bool value);
void bitmap_mark(struct bitmap *b, size_t idx);   /* Set to true. */
void bitmap_reset(struct bitmap *b, size_t idx);  /* Set to false. */
void bitmap_flip(struct bitmap *b, size_t idx);
bool bitmap_test(const struct bitmap *b, size_t idx);

/* Setting and testing runs of bits: the CNT bits starting at START, which
 * must lie within the bitmap (CNT may be 0). */
void bitmap_set_all(struct bitmap *b, bool value);
void bitmap_set_multiple(struct bitmap *b, size_t start, size_t cnt, bool value);
/* How many of the bits are VALUE. */
size_t bitmap_count(const struct bitmap *b, size_t start, size_t cnt, bool value);
/* Whether at least one of the bits is VALUE (false for CNT == 0). */
bool bitmap_contains(const struct bitmap *b, size_t start, size_t cnt, bool value);
/* Whether any / none / all of the bits are true (CNT == 0: false, true,
 * true). */
bool bitmap_any(const struct bitmap *b, size_t start, size_t cnt);
bool bitmap_none(const struct bitmap *b, size_t start, size_t cnt);
bool bitmap_all(const struct bitmap *b, size_t start, size_t cnt);

/* Finding runs. */

/* The index of the first run of CNT consecutive bits all equal to VALUE that
 * starts at or after START, or BITMAP_ERROR if there is none.  CNT == 0
 * finds START itself.  START may equal bitmap_size(). */
size_t bitmap_scan(const struct bitmap *b, size_t start, size_t cnt, bool value);
/* Like bitmap_scan, and flips the found run to !VALUE, so it can serve as
 * an allocator: bitmap_scan_and_flip(b, 0, n, false) claims n bits. */
size_t bitmap_scan_and_flip(struct bitmap *b, size_t start, size_t cnt, bool value);

/* Debugging: prints the bits' bytes with hex_dump. */
void bitmap_dump(const struct bitmap *b);

#ifdef __cplusplus
}
#endif

#endif /* LIB_BITMAP_H */
