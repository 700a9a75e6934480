/* lib/bitmap.cc -- bit arrays (see bitmap.h).
 *
 * The bits are stored in 64-bit words, bit I in word I / 64 at position
 * I % 64.  Bits of the last word beyond bit_cnt are always 0.  Range
 * operations and scans work a word at a time: a mask selects the bits of
 * each word that lie in the range. */
#include <bitmap.h>

#include <debug.h>
#include <round.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef unsigned long word_t;
constexpr size_t WORD_BITS = sizeof(word_t) * 8;

struct bitmap {
  size_t bit_cnt; /* Number of bits. */
  word_t *bits;   /* DIV_ROUND_UP(bit_cnt, WORD_BITS) words. */
};

namespace {

size_t word_cnt(size_t bit_cnt) { return DIV_ROUND_UP(bit_cnt, WORD_BITS); }
size_t word_idx(size_t bit) { return bit / WORD_BITS; }
word_t bit_mask(size_t bit) { return (word_t)1 << (bit % WORD_BITS); }

/* The bits of word W that lie in [START, END). */
word_t range_mask(size_t w, size_t start, size_t end) {
  size_t lo = w * WORD_BITS, hi = lo + WORD_BITS;
  word_t mask = ~(word_t)0;
  if (start > lo) mask &= ~(word_t)0 << (start - lo);
  if (end < hi) mask &= ~(~(word_t)0 << (end - lo));
  return mask;
}

/* Number of 1 bits in X (no popcnt instruction on the baseline CPU, and no
 * libgcc to call in the kernel). */
size_t popcount(word_t x) {
  x = x - ((x >> 1) & 0x5555555555555555UL);
  x = (x & 0x3333333333333333UL) + ((x >> 2) & 0x3333333333333333UL);
  x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0fUL;
  return (size_t)((x * 0x0101010101010101UL) >> 56);
}

/* Word W of B with its bits inverted unless VALUE, so that the bits equal
 * to VALUE read as 1. */
word_t word_for(const bitmap *b, size_t w, bool value) {
  return value ? b->bits[w] : ~b->bits[w];
}

/* The first index at or after I whose bit is VALUE, or bit_cnt. */
size_t find_next(const bitmap *b, size_t i, bool value) {
  if (i >= b->bit_cnt) return b->bit_cnt;
  size_t w = word_idx(i), words = word_cnt(b->bit_cnt);
  word_t x = word_for(b, w, value) & (~(word_t)0 << (i % WORD_BITS));
  while (x == 0) {
    if (++w >= words) return b->bit_cnt;
    x = word_for(b, w, value);
  }
  size_t found = w * WORD_BITS + (size_t)__builtin_ctzl(x);
  return found < b->bit_cnt ? found : b->bit_cnt;
}

void check_range(const bitmap *b, size_t start, size_t cnt) {
  ASSERT(b != NULL);
  ASSERT(start <= b->bit_cnt);
  ASSERT(cnt <= b->bit_cnt - start);
}

}  // namespace

extern "C" {

bitmap *bitmap_create(size_t bit_cnt) {
  bitmap *b = (bitmap *)malloc(sizeof *b);
  if (b == NULL) return NULL;
  b->bit_cnt = bit_cnt;
  /* At least one word, so that a 0-bit bitmap still gets a valid block. */
  size_t words = word_cnt(bit_cnt) > 0 ? word_cnt(bit_cnt) : 1;
  b->bits = (word_t *)malloc(words * sizeof(word_t));
  if (b->bits == NULL) {
    free(b);
    return NULL;
  }
  bitmap_set_all(b, false);
  return b;
}

bitmap *bitmap_create_in_buf(size_t bit_cnt, void *block, size_t block_size) {
  ASSERT(block != NULL);
  ASSERT(block_size >= bitmap_buf_size(bit_cnt));
  bitmap *b = (bitmap *)block;
  b->bit_cnt = bit_cnt;
  b->bits = (word_t *)(b + 1);
  bitmap_set_all(b, false);
  return b;
}

size_t bitmap_buf_size(size_t bit_cnt) {
  return sizeof(bitmap) + word_cnt(bit_cnt) * sizeof(word_t);
}

void bitmap_destroy(bitmap *b) {
  if (b == NULL) return;
  free(b->bits);
  free(b);
}

size_t bitmap_size(const bitmap *b) {
  ASSERT(b != NULL);
  return b->bit_cnt;
}

void bitmap_set(bitmap *b, size_t idx, bool value) {
  if (value) bitmap_mark(b, idx);
  else bitmap_reset(b, idx);
}

void bitmap_mark(bitmap *b, size_t idx) {
  ASSERT(b != NULL && idx < b->bit_cnt);
  b->bits[word_idx(idx)] |= bit_mask(idx);
}

void bitmap_reset(bitmap *b, size_t idx) {
  ASSERT(b != NULL && idx < b->bit_cnt);
  b->bits[word_idx(idx)] &= ~bit_mask(idx);
}

void bitmap_flip(bitmap *b, size_t idx) {
  ASSERT(b != NULL && idx < b->bit_cnt);
  b->bits[word_idx(idx)] ^= bit_mask(idx);
}

bool bitmap_test(const bitmap *b, size_t idx) {
  ASSERT(b != NULL && idx < b->bit_cnt);
  return (b->bits[word_idx(idx)] & bit_mask(idx)) != 0;
}

void bitmap_set_all(bitmap *b, bool value) {
  ASSERT(b != NULL);
  bitmap_set_multiple(b, 0, b->bit_cnt, value);
  /* Keep the padding bits of the last word clear. */
  size_t tail = b->bit_cnt % WORD_BITS;
  if (tail != 0) b->bits[word_idx(b->bit_cnt)] &= ~(~(word_t)0 << tail);
}

void bitmap_set_multiple(bitmap *b, size_t start, size_t cnt, bool value) {
  check_range(b, start, cnt);
  if (cnt == 0) return;
  size_t end = start + cnt;
  for (size_t w = word_idx(start); w <= word_idx(end - 1); w++) {
    word_t mask = range_mask(w, start, end);
    if (value) b->bits[w] |= mask;
    else b->bits[w] &= ~mask;
  }
}

size_t bitmap_count(const bitmap *b, size_t start, size_t cnt, bool value) {
  check_range(b, start, cnt);
  if (cnt == 0) return 0;
  size_t end = start + cnt, n = 0;
  for (size_t w = word_idx(start); w <= word_idx(end - 1); w++)
    n += popcount(word_for(b, w, value) & range_mask(w, start, end));
  return n;
}

bool bitmap_contains(const bitmap *b, size_t start, size_t cnt, bool value) {
  check_range(b, start, cnt);
  if (cnt == 0) return false;
  size_t end = start + cnt;
  for (size_t w = word_idx(start); w <= word_idx(end - 1); w++)
    if ((word_for(b, w, value) & range_mask(w, start, end)) != 0) return true;
  return false;
}

bool bitmap_any(const bitmap *b, size_t start, size_t cnt) {
  return bitmap_contains(b, start, cnt, true);
}

bool bitmap_none(const bitmap *b, size_t start, size_t cnt) {
  return !bitmap_contains(b, start, cnt, true);
}

bool bitmap_all(const bitmap *b, size_t start, size_t cnt) {
  return !bitmap_contains(b, start, cnt, false);
}

size_t bitmap_scan(const bitmap *b, size_t start, size_t cnt, bool value) {
  ASSERT(b != NULL && start <= b->bit_cnt);
  if (cnt == 0) return start;
  if (cnt > b->bit_cnt) return BITMAP_ERROR;
  size_t i = start;
  for (;;) {
    /* Jump to the next bit equal to VALUE, then measure its run. */
    i = find_next(b, i, value);
    if (i > b->bit_cnt - cnt) return BITMAP_ERROR;
    size_t run_end = find_next(b, i, !value);
    if (run_end - i >= cnt) return i;
    i = run_end;
  }
}

size_t bitmap_scan_and_flip(bitmap *b, size_t start, size_t cnt, bool value) {
  size_t idx = bitmap_scan(b, start, cnt, value);
  if (idx != BITMAP_ERROR) bitmap_set_multiple(b, idx, cnt, !value);
  return idx;
}

void bitmap_dump(const bitmap *b) {
  ASSERT(b != NULL);
  hex_dump(0, b->bits, DIV_ROUND_UP(b->bit_cnt, 8), false);
}

}  // extern "C"
