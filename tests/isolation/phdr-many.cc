/* tests/isolation/phdr-many.cc -- an executable may have any number of
 * program headers (abi.md): one with 300 extra PT_NOTE headers loads.
 *
 * Run as "phdr-many", the program copies its own executable into the file
 * "many-phdrs", appending a program-header table that holds its original
 * headers plus EXTRA PT_NOTE headers (which the loader must ignore), and
 * points the ELF header at it.  Then it runs "many-phdrs child" and
 * expects it to start and exit 0.  Run with the argument "child", it just
 * says it is running. */
#include <stdint.h>
#include <string.h>
#include <syscall.h>

/* The test library is C; its headers may be the standard ones, which do
 * not say so themselves. */
extern "C" {
#include "tests/lib.h"
}

#define EXTRA 300
#define PT_NOTE 4

/* ELF64 header fields used here (System V ABI, ELF-64 object format). */
#define E_PHOFF 32
#define E_PHENTSIZE 54
#define E_PHNUM 56
#define PHDR_SIZE 56

static char image[256 * 1024];

static void copy_with_headers(void) {
  int fd = open("phdr-many");
  if (fd < 2) fail("open phdr-many");
  int size = read(fd, image, sizeof image);
  if (size <= 0 || size == (int)sizeof image) fail("read phdr-many: %d", size);
  close(fd);

  uint64_t phoff;
  uint16_t phnum, phentsize;
  memcpy(&phoff, image + E_PHOFF, 8);
  memcpy(&phnum, image + E_PHNUM, 2);
  memcpy(&phentsize, image + E_PHENTSIZE, 2);
  if (phentsize != PHDR_SIZE) fail("unexpected e_phentsize %d", phentsize);

  /* New table at the end, 8-byte aligned: the old headers, then EXTRA
   * notes of size 0. */
  int table = (size + 7) & ~7;
  int new_phnum = phnum + EXTRA;
  int total = table + new_phnum * PHDR_SIZE;
  static char out[sizeof image + (EXTRA + 16) * PHDR_SIZE];
  if (total > (int)sizeof out) fail("too big");
  memset(out, 0, sizeof out);
  memcpy(out, image, size);
  memcpy(out + table, image + phoff, phnum * PHDR_SIZE);
  for (int i = phnum; i < new_phnum; i++) {
    uint32_t type = PT_NOTE;
    memcpy(out + table + i * PHDR_SIZE, &type, 4);
  }
  uint64_t new_phoff = table;
  uint16_t count = new_phnum;
  memcpy(out + E_PHOFF, &new_phoff, 8);
  memcpy(out + E_PHNUM, &count, 2);

  CHECK(create("many-phdrs", total), "create \"many-phdrs\"");
  fd = open("many-phdrs");
  if (fd < 2) fail("open many-phdrs");
  if (write(fd, out, total) != total) fail("write many-phdrs");
  close(fd);
  msg("wrote it with %d extra program headers", new_phnum - phnum);
}

int main(int argc, char *argv[]) {
  if (argc == 2 && strcmp(argv[1], "child") == 0) {
    test_name = "many-phdrs";
    msg("running");
    return 0;
  }
  test_name = "phdr-many";
  msg("begin");
  copy_with_headers();
  pid_t pid = fork("many-phdrs");
  if (pid == 0) {
    exec("many-phdrs child");
    fail("exec failed");
  }
  int status = wait(pid);
  CHECK(status == 0, "many-phdrs exited with status %d", status);
  msg("end");
  return 0;
}
