/* tests/boot/boot.cc -- both boot paths deliver a working kernel.
 *
 * boot-grub runs from build/boot.img through GRUB's multiboot2 loader (the
 * path users get); boot-qemu through QEMU's -kernel loader and our
 * multiboot1 header (the path the test suite uses for speed).  Each checks
 * that it came through the protocol it names and that the command line the
 * runner passed by fw_cfg arrived whole, quotes included. */
#include <string.h>

#include "kernel/init.h"
#include "tests/kernel/ktest.h"

namespace {

void check_boot(const char *test, const char *protocol) {
  msg("begin");
  if (strcmp(init_boot_protocol(), protocol) != 0)
    fail("booted through %s, expected %s", init_boot_protocol(), protocol);
  msg("booted through %s", protocol);
  /* The runner passes `-q run 'NAME'`; the quoting of a one-word argument
   * may differ, the words may not. */
  if (strstr(init_command_line(), "-q") == nullptr || strstr(init_command_line(), test) == nullptr)
    fail("command line [%s] lacks -q or %s", init_command_line(), test);
  msg("command line arrived");
  if (init_ram_pages * 4 < 16 * 1024) fail("only %zu pages of RAM", init_ram_pages);
  msg("memory map read");
  msg("end");
}

void test_boot_grub(void) { check_boot("boot-grub", "multiboot2"); }
void test_boot_qemu(void) { check_boot("boot-qemu", "multiboot1"); }

}  // namespace

KERNEL_TEST("boot-grub", test_boot_grub);
KERNEL_TEST("boot-qemu", test_boot_qemu);
