/* devices/shutdown.cc -- ACPI power-off as QEMU's PIIX4 PM device offers it
 * (SLP_EN | SLP_TYP=0 written to PM1a_CNT at port 0x604). */
#include "devices/shutdown.h"

#include <stdio.h>

#include "arch/x86_64/interrupt.h"
#include "arch/x86_64/io.h"
#include "kernel/init.h"

void shutdown_power_off(void) {
  kernel_before_power_off();
  shutdown_power_off_now();
}

void shutdown_power_off_now(void) {
  printf("Powering off...\n");
  intr_disable();
  outw(0x604, 0x2000);
  /* Not QEMU, or no ACPI: stop here. */
  for (;;) asm volatile("cli; hlt");
}
