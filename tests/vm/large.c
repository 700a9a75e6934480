/* tests/vm/large.c -- see large.h. */
#include "tests/vm/large.h"

#include <stdio.h>

#include "tests/lib.h"

char large_data[LARGE_SIZE];

void make_large_file(void) {
  /* 32-byte lines: "large.txt line at offset 000000\n". */
  for (size_t ofs = 0; ofs < LARGE_SIZE; ofs += 32) {
    char line[33];
    snprintf(line, sizeof line, "large.txt line at offset %06zu\n", ofs);
    for (size_t i = 0; i < 32 && ofs + i < LARGE_SIZE; i++) large_data[ofs + i] = line[i];
  }

  int fd;
  CHECK(create("large.txt", 0), "create \"large.txt\"");
  CHECK((fd = open("large.txt")) > 1, "open \"large.txt\"");
  CHECK(write(fd, large_data, LARGE_SIZE) == LARGE_SIZE, "write \"large.txt\"");
  close(fd);
}
