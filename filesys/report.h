/* filesys/report.h -- where the file system's error messages go.
 *
 * Layer: filesys/, used by every file of it.  The console is shared with
 * the graders: between "Executing '...':" and "Execution of '...'
 * complete." it may carry only what programs print (abi.md, "Console
 * lines").  So a message is printed at once only on the boot thread, which
 * runs the boot and the kernel actions (ls, extract, a kernel test ...)
 * one at a time and never while a program's output is being compared.
 * On every other thread -- a user process (whose error reaches it as the
 * call's return value: a full disk, no kernel memory, a corrupt sector),
 * the cache's write-behind and read-ahead threads -- it is held back.  The
 * first message held back and the count are printed at shutdown by
 * filesys_report_summary(), so nothing is lost.
 *
 * Locking: report_lock (report.cc) guards the held-back message; a leaf.
 * filesys_report() may sleep (it takes the console through printf). */
#ifndef FILESYS_REPORT_H
#define FILESYS_REPORT_H

#include <debug.h>

/* Prints FORMAT (no trailing newline needed) as one console line, or holds
 * it back while a user process is running (see above). */
void filesys_report(const char *format, ...) PRINTF_FORMAT(1, 2);

/* True if messages of the running thread are held back (see above). */
bool filesys_report_quiet(void);

/* Sets up the lock and makes the running thread the boot thread.  Call
 * once at boot, on the boot thread, before any report. */
void filesys_report_init(void);

/* Prints "filesys: N messages held back while programs ran; first: ..."
 * if there were any.  Call at shutdown, outside any program's run. */
void filesys_report_summary(void);

#endif /* FILESYS_REPORT_H */
