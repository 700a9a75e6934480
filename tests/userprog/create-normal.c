/* tests/userprog/create-normal.c -- creates an ordinary empty file. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) { CHECK(create("quux.dat", 0), "create quux.dat"); }
