/* devices/fw_cfg.h -- QEMU's firmware configuration device.
 *
 * The test runner passes each run's kernel command line as the fw_cfg file
 * "opt/pintos/cmdline", so one boot image serves every test.  On a machine
 * without fw_cfg (or without that file) the boot loader's command line is
 * used instead.  Protocol: QEMU docs/specs/fw_cfg.rst (selector port 0x510,
 * data port 0x511, file directory at key 0x19, big-endian fields). */
#ifndef DEVICES_FW_CFG_H
#define DEVICES_FW_CFG_H

#include <stddef.h>

/* True if the machine has QEMU's fw_cfg device (that is, runs under QEMU).
 * Any context; does not sleep. */
bool fw_cfg_present(void);

/* Copies the contents of fw_cfg file NAME into BUF (at most SIZE - 1 bytes,
 * NUL-terminated) and stores the file's whole size in *FILE_SIZE (larger
 * than SIZE - 1 when the contents did not fit).  Returns false if there is
 * no fw_cfg device or no such file.  Interrupts may be on or off; does not
 * sleep. */
bool fw_cfg_read_file(const char *name, char *buf, size_t size, size_t *file_size);

#endif /* DEVICES_FW_CFG_H */
