/* filesys/report.h -- where the file system's error messages go.
 *
 * Layer: filesys/, used by every file of it.  The console is shared with
 * the graders: between "Executing '...':" and "Execution of '...'
 * complete." it may carry only what programs print (abi.md, "Console
 * lines").  So an error that happens while a user process is running (the
 * process caused it: a full disk, no kernel memory, a corrupt sector it
 * read) reaches that process only as the call's return value, and the
 * message is held back; errors at boot, in kernel actions (ls, extract,
 * ...) and in kernel threads are printed at once.  The first message held
 * back and the count are printed at shutdown by filesys_report_summary(),
 * so nothing is lost.
 *
 * Locking: report_lock (report.cc) guards the held-back message; a leaf.
 * filesys_report() may sleep (it takes the console through printf). */
#ifndef FILESYS_REPORT_H
#define FILESYS_REPORT_H

#include <debug.h>

/* Prints FORMAT (no trailing newline needed) as one console line, or holds
 * it back while a user process is running (see above). */
void filesys_report(const char *format, ...) PRINTF_FORMAT(1, 2);

/* True if the running thread is a user process (messages are held back). */
bool filesys_report_quiet(void);

/* Sets up the lock.  Call once at boot before any report. */
void filesys_report_init(void);

/* Prints "filesys: N messages held back while programs ran; first: ..."
 * if there were any.  Call at shutdown, outside any program's run. */
void filesys_report_summary(void);

#endif /* FILESYS_REPORT_H */
