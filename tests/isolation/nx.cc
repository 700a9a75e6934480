/* tests/isolation/nx.cc -- no-execute memory (issue 13.2, abi.md): code
 * runs only from pages of an executable segment with PF_X.  One program,
 * six tests; what it does depends on the name it runs under:
 *
 *   nx-stack  calls a `ret` instruction written into a stack buffer
 *   nx-bss    ... into a BSS array
 *   nx-data   ... placed in an initialized (writable) data array
 *   nx-heap   ... into a malloc'ed buffer
 *   nx-mmap   ... into a page of a file mapped with mmap (read-only)
 *   nx-code   calls its own code, in the parent and in a forked child
 *
 * Each jump into data must kill the process with exit(-1); if the `ret`
 * runs, the call returns and the test fails. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <syscall.h>

/* The test library is C; its headers may be the standard ones, which do
 * not say so themselves. */
extern "C" {
#include "tests/lib.h"
#include "tests/main.h"
}

namespace {

/* x86-64 RET (near return): the smallest function there is. */
constexpr uint8_t RET = 0xc3;

alignas(16) uint8_t bss_code[64];
alignas(16) uint8_t data_code[64] = {RET};

/* Calls the code at CODE, which is in WHAT. */
void jump(const char *what, void *code) {
  msg("call into %s", what);
  reinterpret_cast<void (*)(void)>(code)();
  fail("the code in %s ran", what);
}

/* An ordinary function, called through a pointer so that it is a real
 * call into the text segment. */
[[gnu::noinline]] int twice(int x) { return 2 * x; }

void run_code(const char *who) {
  int (*volatile f)(int) = twice;
  CHECK(f(21) == 42, "%s runs its code", who);
}

}  // namespace

void test_main(void) {
  if (strcmp(test_name, "nx-stack") == 0) {
    uint8_t code[16];
    *(volatile uint8_t *)code = RET;
    jump("the stack", code);
  } else if (strcmp(test_name, "nx-bss") == 0) {
    *(volatile uint8_t *)bss_code = RET;
    jump("the BSS", bss_code);
  } else if (strcmp(test_name, "nx-data") == 0) {
    jump("initialized data", data_code);
  } else if (strcmp(test_name, "nx-heap") == 0) {
    uint8_t *code = (uint8_t *)malloc(16);
    CHECK(code != nullptr, "malloc");
    *(volatile uint8_t *)code = RET;
    jump("the heap", code);
  } else if (strcmp(test_name, "nx-mmap") == 0) {
    static uint8_t page[4096];
    memset(page, RET, sizeof page);
    CHECK(create("ret.bin", sizeof page), "create \"ret.bin\"");
    int fd = open("ret.bin");
    CHECK(fd > 1, "open \"ret.bin\"");
    CHECK(write(fd, page, sizeof page) == (int)sizeof page, "write RET instructions");
    void *map = (void *)0x10000000;
    CHECK(mmap(map, sizeof page, 0, fd, 0) == map, "mmap \"ret.bin\" read-only");
    jump("the mapped file", map);
  } else if (strcmp(test_name, "nx-code") == 0) {
    run_code("parent");
    pid_t pid = fork("child");
    if (pid == 0) {
      test_name = "child";
      run_code("child");
      exit(0);
    }
    CHECK(pid > 0 && wait(pid) == 0, "child runs its code too");
  } else {
    fail("unknown test name");
  }
}
