/* tests/vm/qsort.c -- see qsort.h.  Hoare partition around the middle
 * element, recursing into the smaller side first so the depth stays
 * logarithmic. */
#include "tests/vm/qsort.h"

void qsort_bytes(unsigned char *buf, size_t size) {
  while (size > 1) {
    unsigned char pivot = buf[(size - 1) / 2];
    size_t i = 0, j = size - 1;
    for (;;) {
      while (buf[i] < pivot) i++;
      while (buf[j] > pivot) j--;
      if (i >= j) break;
      unsigned char t = buf[i];
      buf[i] = buf[j];
      buf[j] = t;
      i++;
      j--;
    }
    /* [0, j] and [j + 1, size) are each non-empty and ordered w.r.t. each other. */
    size_t left = j + 1;
    if (left < size - left) {
      qsort_bytes(buf, left);
      buf += left;
      size -= left;
    } else {
      qsort_bytes(buf + left, size - left);
      size = left;
    }
  }
}
