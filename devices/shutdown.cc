/* devices/shutdown.cc -- ACPI power-off as QEMU's PIIX4 PM device offers it
 * (SLP_EN | SLP_TYP=0 written to PM1a_CNT at port 0x604). */
#include "devices/shutdown.h"

#include <stdint.h>
#include <stdio.h>

#include "arch/x86_64/interrupt.h"
#include "arch/x86_64/io.h"

namespace {
constexpr uint16_t PM1A_CNT_PORT = 0x604;
constexpr uint16_t PM1A_CNT_SLP_EN = 1 << 13; /* sleep (SLP_TYP 0: soft off) */

void (*before_power_off)(void); /* NULL, or still to run */
}  // namespace

void shutdown_set_before_power_off(void (*func)(void)) { before_power_off = func; }

void shutdown_power_off(void) {
  if (void (*func)(void) = before_power_off) {
    before_power_off = nullptr;
    func();
  }
  shutdown_power_off_now();
}

void shutdown_power_off_now(void) {
  printf("Powering off...\n");
  intr_disable();
  outw(PM1A_CNT_PORT, PM1A_CNT_SLP_EN);
  /* Not QEMU, or no ACPI: stop here. */
  for (;;) asm volatile("cli; hlt");
}
