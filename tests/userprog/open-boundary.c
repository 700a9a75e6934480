/* tests/userprog/open-boundary.c -- a name straddling two pages opens. */
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/userprog/boundary.h"

void test_main(void) {
  CHECK(open(copy_string_across_boundary("sample.txt")) > 1, "open \"sample.txt\"");
}
