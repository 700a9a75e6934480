/* tests/userprog/create-bound.c -- a file name that straddles a page
 * boundary is read correctly. */
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/userprog/boundary.h"

void test_main(void) {
  msg("create(\"quux.dat\"): %d", create(copy_string_across_boundary("quux.dat"), 0));
}
