/* tests/isolation/phdr-overlap.cc -- how the loader treats PT_LOAD
 * segments that meet (abi.md; vm/region.h, "Overlaps"):
 *
 *   share     a small writable segment starting on the text segment's
 *             last, partly filled page: the two share that page, which is
 *             merged (permissions OR-ed) -- it loads and runs;
 *   overlap   a segment lying inside the text segment: refused
 *             ("segments overlap"), the process exits with -1;
 *   in-stack  a segment inside the 1 MiB stack reservation below
 *             0x47480000: refused ("a segment overlaps the stack").
 *
 * Run as "phdr-overlap", the program writes each variant of its own
 * executable, with one extra program header appended to a copy of its
 * header table, and runs it in a child ("NAME child"); run with the
 * argument "child", it just says it is running. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <syscall.h>

/* The test library is C; its headers may be the standard ones, which do
 * not say so themselves. */
extern "C" {
#include "tests/lib.h"
}

#define PT_LOAD 1
#define PF_X 1
#define PF_W 2
#define PF_R 4

/* ELF64 layouts (System V ABI, ELF-64 object file format). */
struct elf64_phdr {
  uint32_t type, flags;
  uint64_t offset, vaddr, paddr, filesz, memsz, align;
};
#define E_PHOFF 32
#define E_PHENTSIZE 54
#define E_PHNUM 56

static char image[256 * 1024];
static char out[sizeof image + 64 * sizeof(elf64_phdr)];
static int image_size;
static uint64_t phoff;
static uint16_t phnum;

static void read_self(void) {
  int fd = open("phdr-overlap");
  if (fd < 2) fail("open phdr-overlap");
  image_size = read(fd, image, sizeof image);
  if (image_size <= 0 || image_size == (int)sizeof image) fail("read phdr-overlap: %d", image_size);
  close(fd);
  uint16_t phentsize;
  memcpy(&phoff, image + E_PHOFF, 8);
  memcpy(&phnum, image + E_PHNUM, 2);
  memcpy(&phentsize, image + E_PHENTSIZE, 2);
  if (phentsize != sizeof(elf64_phdr)) fail("unexpected e_phentsize %d", phentsize);
}

/* The text segment's header: the PT_LOAD with PF_X. */
static elf64_phdr text_segment(void) {
  for (int i = 0; i < phnum; i++) {
    elf64_phdr ph;
    memcpy(&ph, image + phoff + i * sizeof ph, sizeof ph);
    if (ph.type == PT_LOAD && (ph.flags & PF_X)) return ph;
  }
  fail("no text segment");
}

/* Writes file NAME: this executable plus EXTRA as one more program
 * header (in a new table at the end of the file). */
static void write_variant(const char *name, const elf64_phdr &extra) {
  int table = (image_size + 7) & ~7;
  int total = table + (phnum + 1) * (int)sizeof extra;
  memset(out, 0, sizeof out);
  memcpy(out, image, image_size);
  memcpy(out + table, image + phoff, phnum * sizeof extra);
  memcpy(out + table + phnum * sizeof extra, &extra, sizeof extra);
  uint64_t new_phoff = table;
  uint16_t count = phnum + 1;
  memcpy(out + E_PHOFF, &new_phoff, 8);
  memcpy(out + E_PHNUM, &count, 2);
  if (!create(name, total)) fail("create \"%s\"", name);
  int fd = open(name);
  if (fd < 2 || write(fd, out, total) != total) fail("write \"%s\"", name);
  close(fd);
}

/* Runs "NAME child" in a child process named NAME; returns its status. */
static int run(const char *name) {
  char cmd[32];
  snprintf(cmd, sizeof cmd, "%s child", name);
  pid_t pid = fork(name);
  if (pid == 0) {
    exec(cmd);
    fail("exec returned");
  }
  return wait(pid);
}

/* A segment header: MEMSZ bytes of zeroes at VADDR with FLAGS. */
static elf64_phdr zero_segment(uint64_t vaddr, uint64_t memsz, uint32_t flags) {
  elf64_phdr ph;
  memset(&ph, 0, sizeof ph);
  ph.type = PT_LOAD;
  ph.flags = flags;
  ph.offset = vaddr & 0xfff; /* offset and address agree modulo the page size */
  ph.vaddr = ph.paddr = vaddr;
  ph.memsz = memsz;
  ph.align = 0x1000;
  return ph;
}

int main(int argc, char *argv[]) {
  if (argc == 2 && strcmp(argv[1], "child") == 0) {
    test_name = argv[0];
    msg("running");
    return 0;
  }
  test_name = "phdr-overlap";
  msg("begin");
  read_self();
  elf64_phdr text = text_segment();
  uint64_t text_end = text.vaddr + text.memsz;
  if ((text_end & 0xfff) == 0) fail("the text segment ends on a page boundary");
  if (text.memsz <= 2 * 0x1000) fail("the text segment has no middle page");

  int status;
  write_variant("share", zero_segment(text_end, 16, PF_R | PF_W));
  msg("wrote \"share\": a segment on the text's last page");
  status = run("share");
  CHECK(status == 0, "share exited with status 0");

  write_variant("overlap", zero_segment(text.vaddr + 0x1000, 0x1000, PF_R));
  msg("wrote \"overlap\": a segment inside the text");
  status = run("overlap");
  CHECK(status == -1, "overlap exited with status -1");

  write_variant("in-stack", zero_segment(0x47480000 - 0x80000, 0x1000, PF_R | PF_W));
  msg("wrote \"in-stack\": a segment inside the stack reservation");
  status = run("in-stack");
  CHECK(status == -1, "in-stack exited with status -1");
  msg("end");
  return 0;
}
