/* devices/shutdown.h -- powering the machine off.
 *
 * shutdown_power_off() prints the shutdown statistics (kernel/init.cc
 * decides which), then "Powering off..." and turns QEMU off through the ACPI
 * PM1a control port 0x604.  shutdown_power_off_now() skips the statistics
 * (for panics). */
#ifndef DEVICES_SHUTDOWN_H
#define DEVICES_SHUTDOWN_H

[[noreturn]] void shutdown_power_off(void);
[[noreturn]] void shutdown_power_off_now(void);

#endif /* DEVICES_SHUTDOWN_H */
