/* devices/shutdown.h -- powering the machine off.
 *
 * shutdown_power_off() first lets the kernel finish its work and print the
 * shutdown statistics (kernel_before_power_off in kernel/init.cc), then
 * prints "Powering off..." and turns QEMU off through the ACPI
 * PM1a control port 0x604.  shutdown_power_off_now() skips the statistics
 * (for panics). */
#ifndef DEVICES_SHUTDOWN_H
#define DEVICES_SHUTDOWN_H

[[noreturn]] void shutdown_power_off(void);
[[noreturn]] void shutdown_power_off_now(void);

#endif /* DEVICES_SHUTDOWN_H */
