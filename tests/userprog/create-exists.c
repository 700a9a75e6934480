/* tests/userprog/create-exists.c -- creating an existing name fails. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  CHECK(create("quux.dat", 0), "create quux.dat");
  CHECK(create("warble.dat", 0), "create warble.dat");
  CHECK(!create("quux.dat", 0), "try to re-create quux.dat");
  CHECK(create("baffle.dat", 0), "create baffle.dat");
  /* The standard test prints "quux.dat" here too; checkers expect it. */
  CHECK(!create("warble.dat", 0), "try to re-create quux.dat");
}
