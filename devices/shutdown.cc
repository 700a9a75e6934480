/* devices/shutdown.cc -- ACPI power-off as QEMU's PIIX4 PM device offers it
 * (SLP_EN | SLP_TYP=0 written to PM1a_CNT at port 0x604), preceded under
 * QEMU by the outcome code for the runner (see shutdown.h). */
#include "devices/shutdown.h"

#include <stdio.h>

#include "arch/x86_64/interrupt.h"
#include "arch/x86_64/io.h"
#include "devices/fw_cfg.h"
#include "kernel/init.h"

namespace {
bool run_failed; /* shutdown_report_failure() was called */
}

void shutdown_report_failure(void) { run_failed = true; }

void shutdown_power_off(void) {
  kernel_before_power_off();
  shutdown_power_off_now();
}

void shutdown_power_off_now(void) {
  printf("Powering off...\n");
  intr_disable();
  /* Only QEMU has fw_cfg; there port 0xf4 is isa-debug-exit or nothing. */
  if (fw_cfg_present())
    outb(SHUTDOWN_EXIT_PORT, run_failed ? SHUTDOWN_EXIT_FAILED : SHUTDOWN_EXIT_OK);
  outw(0x604, 0x2000);
  /* Not QEMU, or no ACPI: stop here. */
  for (;;) asm volatile("cli; hlt");
}
