/* devices/shutdown.h -- powering the machine off.
 *
 * Layer: devices/.  shutdown_power_off() first runs the work registered
 * with shutdown_set_before_power_off() (kernel/init.cc registers finishing
 * the file system and printing every subsystem's statistics), then prints
 * "Powering off..." and turns QEMU off through the ACPI PM1a control port
 * 0x604.  shutdown_power_off_now() skips the registered work (for panics
 * and for command-line errors before anything is up). */
#ifndef DEVICES_SHUTDOWN_H
#define DEVICES_SHUTDOWN_H

/* Makes shutdown_power_off() call FUNC first, once (a second power-off
 * attempt, e.g. from a panic inside FUNC, skips it). */
void shutdown_set_before_power_off(void (*func)(void));

[[noreturn]] void shutdown_power_off(void);
[[noreturn]] void shutdown_power_off_now(void);

#endif /* DEVICES_SHUTDOWN_H */
