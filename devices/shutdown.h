/* devices/shutdown.h -- powering the machine off.
 *
 * Layer: devices/.  shutdown_power_off() first runs the work registered
 * with shutdown_set_before_power_off() (kernel/init.cc registers finishing
 * the file system and printing every subsystem's statistics), then prints
 * "Powering off..." and turns QEMU off through the ACPI PM1a control port
 * 0x604.  shutdown_power_off_now() skips the registered work (for panics
 * and for command-line errors before anything is up).
 *
 * The run's outcome for the runner: under QEMU (fw_cfg present) both first
 * write a code to the isa-debug-exit device at port 0xf4, which tools/pintos
 * attaches (-device isa-debug-exit,iobase=0xf4,iosize=4).  QEMU then exits
 * with status (CODE << 1) | 1: 33 for a normal power-off, 35 after
 * shutdown_report_failure() (a panic, a command-line error).  Without that
 * device the write does nothing and ACPI powers off as before (status 0);
 * a QEMU exit with status 0 then tells tools/pintos the guest reset itself
 * (a triple fault under -no-reboot) unless "Powering off..." came last. */
#ifndef DEVICES_SHUTDOWN_H
#define DEVICES_SHUTDOWN_H

/* isa-debug-exit codes (QEMU exit status = code * 2 + 1). */
constexpr unsigned SHUTDOWN_EXIT_PORT = 0xf4;
constexpr unsigned SHUTDOWN_EXIT_OK = 0x10;     /* QEMU exits 33 */
constexpr unsigned SHUTDOWN_EXIT_FAILED = 0x11; /* QEMU exits 35 */

/* Makes shutdown_power_off() call FUNC first, once (a second power-off
 * attempt, e.g. from a panic inside FUNC, skips it). */
void shutdown_set_before_power_off(void (*func)(void));

[[noreturn]] void shutdown_power_off(void);
[[noreturn]] void shutdown_power_off_now(void);

/* Makes the coming power-off report failure instead of success.  Any
 * context; does not sleep. */
void shutdown_report_failure(void);

#endif /* DEVICES_SHUTDOWN_H */
