/* filesys/report.cc -- error messages of the file system.  See report.h. */
#include "filesys/report.h"

#include <stdarg.h>
#include <stdio.h>

#include "kernel/synch.h"
#include "kernel/thread.h"

namespace {

lock report_lock;
bool ready;          /* report_lock is initialised. */
thread *boot_thread; /* Prints at once; see report.h. */
/* Guarded by report_lock. */
char first_held[128];
unsigned long held_cnt;

}  // namespace

void filesys_report_init(void) {
  lock_init(&report_lock);
  boot_thread = thread_current();
  ready = true;
}

bool filesys_report_quiet(void) { return thread_current() != boot_thread; }

void filesys_report(const char *format, ...) {
  char line[128];
  va_list args;
  va_start(args, format);
  vsnprintf(line, sizeof line, format, args);
  va_end(args);
  if (!filesys_report_quiet() || !ready) {
    printf("%s\n", line);
    return;
  }
  lock_guard guard(&report_lock);
  if (held_cnt++ == 0) snprintf(first_held, sizeof first_held, "%s", line);
}

void filesys_report_summary(void) {
  if (!ready) return;
  lock_guard guard(&report_lock);
  if (held_cnt == 0) return;
  printf("filesys: %lu message%s held back while programs ran; the first: %s\n", held_cnt,
         held_cnt == 1 ? "" : "s", first_held);
  held_cnt = 0;
}
