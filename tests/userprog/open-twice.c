/* tests/userprog/open-twice.c -- two opens of one file give two fds. */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) {
  int first, second;
  CHECK((first = open("sample.txt")) > 1, "open \"sample.txt\" once");
  CHECK((second = open("sample.txt")) > 1, "open \"sample.txt\" again");
  if (first == second) fail("open() returned %d both times", first);
}
