/* tests/unit/unit-bitmap.cc -- lib/bitmap.h: single bits, ranges, counts,
 * scans and scan-and-flip, checked against a plain array of bools under
 * thousands of random operations on sizes around word boundaries; bitmaps
 * in a caller's buffer; and bitmap_dump's output. */
#include <bitmap.h>
#include <random.h>
#include <string.h>

#include "tests/kernel/ktest.h"

namespace {

#define CHECK(COND)                                        \
  do {                                                     \
    if (!(COND)) fail("line %d: %s", __LINE__, #COND);     \
  } while (0)

constexpr size_t MAX_BITS = 300;
bool model[MAX_BITS]; /* What the bitmap under test should hold. */

size_t model_count(size_t start, size_t cnt, bool value) {
  size_t n = 0;
  for (size_t i = start; i < start + cnt; i++) n += model[i] == value;
  return n;
}

size_t model_scan(size_t size, size_t start, size_t cnt, bool value) {
  if (cnt == 0) return start;
  for (size_t i = start; i + cnt <= size; i++)
    if (model_count(i, cnt, value) == cnt) return i;
  return BITMAP_ERROR;
}

unsigned long rnd(unsigned long n) { return random_ulong() % n; }

/* Fails unless B matches the model bit for bit. */
void compare(const bitmap *b, size_t size, int step) {
  for (size_t i = 0; i < size; i++)
    if (bitmap_test(b, i) != model[i])
      fail("size %d step %d: bit %d is %d", (int)size, step, (int)i, bitmap_test(b, i));
}

void random_ops(bitmap *b, size_t size) {
  memset(model, 0, sizeof model);
  for (int step = 0; step < 400; step++) {
    size_t start = rnd(size + 1);
    size_t cnt = rnd(size - start + 1);
    bool value = rnd(2);
    size_t idx = size > 0 ? rnd(size) : 0;
    switch (rnd(9)) {
      case 0:
        if (size > 0) {
          bitmap_set(b, idx, value);
          model[idx] = value;
        }
        break;
      case 1:
        if (size > 0) {
          bitmap_flip(b, idx);
          model[idx] = !model[idx];
        }
        break;
      case 2:
        if (size > 0) {
          if (value) bitmap_mark(b, idx);
          else bitmap_reset(b, idx);
          model[idx] = value;
        }
        break;
      case 3:
        bitmap_set_multiple(b, start, cnt, value);
        for (size_t i = start; i < start + cnt; i++) model[i] = value;
        break;
      case 4:
        CHECK(bitmap_count(b, start, cnt, value) == model_count(start, cnt, value));
        break;
      case 5:
        CHECK(bitmap_contains(b, start, cnt, value) == (model_count(start, cnt, value) > 0));
        CHECK(bitmap_any(b, start, cnt) == (model_count(start, cnt, true) > 0));
        CHECK(bitmap_none(b, start, cnt) == (model_count(start, cnt, true) == 0));
        CHECK(bitmap_all(b, start, cnt) == (model_count(start, cnt, true) == cnt));
        break;
      case 6:
      case 7: {
        /* Short runs are the interesting ones. */
        size_t want = rnd(5) == 0 ? cnt : rnd(6);
        CHECK(bitmap_scan(b, start, want, value) == model_scan(size, start, want, value));
        break;
      }
      case 8: {
        size_t want = rnd(6);
        size_t got = bitmap_scan_and_flip(b, start, want, value);
        CHECK(got == model_scan(size, start, want, value));
        if (got != BITMAP_ERROR)
          for (size_t i = got; i < got + want; i++) model[i] = !value;
        break;
      }
    }
    compare(b, size, step);
  }
  /* Whole-map operations. */
  bitmap_set_all(b, true);
  CHECK(bitmap_count(b, 0, size, true) == size);
  CHECK(bitmap_all(b, 0, size));
  bitmap_set_all(b, false);
  CHECK(bitmap_none(b, 0, size));
  CHECK(bitmap_scan(b, 0, size, false) == 0);
  CHECK(size == 0 || bitmap_scan(b, 0, size, true) == BITMAP_ERROR);
}

void test_random(void) {
  static const size_t sizes[] = {0, 1, 2, 63, 64, 65, 127, 128, 129, 200, MAX_BITS};
  random_init(4);
  for (size_t size : sizes) {
    bitmap *b = bitmap_create(size);
    CHECK(b != NULL);
    CHECK(bitmap_size(b) == size);
    CHECK(size == 0 || bitmap_none(b, 0, size));
    random_ops(b, size);
    bitmap_destroy(b);
  }
}

void test_allocator(void) {
  /* Claiming runs as palloc does, over a map in a caller's buffer. */
  static unsigned char buf[256];
  CHECK(bitmap_buf_size(1000) <= sizeof buf);
  bitmap *b = bitmap_create_in_buf(1000, buf, sizeof buf);
  CHECK(bitmap_size(b) == 1000 && bitmap_none(b, 0, 1000));
  CHECK(bitmap_scan_and_flip(b, 0, 10, false) == 0);
  CHECK(bitmap_scan_and_flip(b, 0, 100, false) == 10);
  CHECK(bitmap_scan_and_flip(b, 0, 1, false) == 110);
  bitmap_set_multiple(b, 10, 100, false);  /* Free the middle run. */
  CHECK(bitmap_scan_and_flip(b, 0, 101, false) == 111);
  CHECK(bitmap_scan_and_flip(b, 0, 100, false) == 10);
  CHECK(bitmap_scan(b, 0, 1000, false) == BITMAP_ERROR);
  CHECK(bitmap_scan(b, 1000, 0, false) == 1000);
  CHECK(bitmap_count(b, 0, 1000, true) == 10 + 100 + 1 + 101);
  CHECK(bitmap_scan(b, 500, 500, false) == 500);
  CHECK(bitmap_scan(b, 500, 501, false) == BITMAP_ERROR);
}

void unit_bitmap(void) {
  msg("begin");
  test_random();
  msg("random operations against a model ok");
  test_allocator();
  msg("allocation in a caller's buffer ok");

  /* Bits 0, 4-11 and 17 of 20: bytes f1 0f 02. */
  msg("bitmap_dump:");
  static unsigned char buf[64];
  bitmap *b = bitmap_create_in_buf(20, buf, sizeof buf);
  bitmap_mark(b, 0);
  bitmap_set_multiple(b, 4, 8, true);
  bitmap_mark(b, 17);
  bitmap_dump(b);
  msg("end");
}

}  // namespace

KERNEL_TEST("unit-bitmap", unit_bitmap);
