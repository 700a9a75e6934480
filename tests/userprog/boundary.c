/* tests/userprog/boundary.c -- see boundary.h. */
#include "tests/userprog/boundary.h"

#include <stdint.h>
#include <string.h>

/* Three pages of BSS: whatever the alignment, a page boundary lies inside
 * with a full page on each side of it. */
static char area[3 * 4096];

char *get_boundary_area(void) {
  uintptr_t middle = ((uintptr_t)area + 4096 + 4095) & ~(uintptr_t)4095;
  return (char *)middle;
}

char *copy_string_across_boundary(const char *src) {
  size_t len = strlen(src);
  char *dst = get_boundary_area() - (len < 4096 ? len / 2 : 4096);
  strlcpy(dst, src, 4096);
  return dst;
}
