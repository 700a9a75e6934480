/* userprog/leak-check.cc -- resource accounting at shutdown (see header). */
#include "userprog/leak-check.h"

#include <stdio.h>

#include "arch/x86_64/interrupt.h"
#include "kernel/malloc.h"
#include "kernel/palloc.h"
#include "kernel/thread.h"
#include "userprog/fdtable.h"
#include "vm/vm.h"

namespace {

struct pool_usage {
  long user_frames;
  long kernel_pages;
  long malloc_bytes;
  long open_files;
  long swap_slots;
};

bool have_baseline;
pool_usage baseline;

pool_usage measure(void) {
  pool_usage u;
  u.user_frames = (long)(palloc_pool_size(true) - palloc_free_count(true));
  u.kernel_pages = (long)(palloc_pool_size(false) - palloc_free_count(false)) -
                   (long)malloc_spare_pages();
  u.malloc_bytes = (long)malloc_bytes_in_use();
  u.open_files = userprog_open_files();
  u.swap_slots = (long)vm_swap_slots_in_use();
  return u;
}

/* Live threads, and among them those that run a user process. */
struct thread_count {
  int threads = 0;
  int processes = 0;
};

thread_count count_threads(void) {
  thread_count c;
  interrupts_off off;
  thread_foreach([](thread *t, void *aux) {
    thread_count *count = static_cast<thread_count *>(aux);
    count->threads++;
    if (t->process != nullptr) count->processes++;
  }, &c);
  return c;
}

int baseline_threads; /* threads alive at the baseline (kernel threads) */

}  // namespace

void leak_check_baseline(void) {
  baseline = measure();
  baseline_threads = count_threads().threads;
  have_baseline = true;
}

void leak_check_report(void) {
  if (!have_baseline) return;
  thread_count live = count_threads();
  if (live.processes > 0) {
    printf("Leak check skipped: %d user processes still running\n", live.processes);
    return;
  }
  int started = live.threads - baseline_threads;
  if (started > 0) {
    printf("Leak check skipped: %d threads started since boot still running\n", started);
    return;
  }
  pool_usage now = measure();
  if (now.user_frames > baseline.user_frames)
    printf("Leak check FAIL: %ld user frames not freed\n", now.user_frames - baseline.user_frames);
  if (now.kernel_pages > baseline.kernel_pages)
    printf("Leak check FAIL: %ld kernel pages not freed\n",
           now.kernel_pages - baseline.kernel_pages);
  if (now.malloc_bytes > baseline.malloc_bytes)
    printf("Leak check FAIL: %ld malloc bytes not freed\n",
           now.malloc_bytes - baseline.malloc_bytes);
  if (now.swap_slots > baseline.swap_slots)
    printf("Leak check FAIL: %ld swap slots not freed\n", now.swap_slots - baseline.swap_slots);
  if (now.open_files > baseline.open_files)
    printf("Leak check FAIL: %ld files left open by processes\n",
           now.open_files - baseline.open_files);
}
