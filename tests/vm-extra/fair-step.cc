/* tests/vm-extra/fair-step.cc -- one short step of swap-fair: touches 16
 * pages of its own (each a fresh frame, taken from the hog under memory
 * pressure) and exits with 7.  Prints nothing. */
#include <stddef.h>

#define STEP_PAGES 16

alignas(4096) static volatile char mem[STEP_PAGES][4096];

int main(void) {
  for (size_t p = 0; p < STEP_PAGES; p++) mem[p][0] = 1;
  for (size_t p = 0; p < STEP_PAGES; p++)
    if (mem[p][0] != 1) return 1;
  return 7;
}
