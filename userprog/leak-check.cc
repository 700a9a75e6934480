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
  u.kernel_pages = (long)(palloc_pool_size(false) - palloc_free_count(false));
  u.malloc_bytes = (long)malloc_bytes_in_use();
  u.open_files = userprog_open_files();
  u.swap_slots = (long)vm_swap_slots_in_use();
  return u;
}

int live_processes(void) {
  int count = 0;
  interrupts_off off;
  thread_foreach([](thread *t, void *aux) {
    if (t->process != nullptr) ++*static_cast<int *>(aux);
  }, &count);
  return count;
}

int live_threads(void) {
  int count = 0;
  interrupts_off off;
  thread_foreach([](thread *, void *aux) { ++*static_cast<int *>(aux); }, &count);
  return count;
}

int baseline_threads; /* threads alive at the baseline (kernel threads) */

}  // namespace

void leak_check_baseline(void) {
  baseline = measure();
  baseline_threads = live_threads();
  have_baseline = true;
}

void leak_check_report(void) {
  if (!have_baseline) return;
  int alive = live_processes();
  if (alive > 0) {
    printf("Leak check skipped: %d user processes still running\n", alive);
    return;
  }
  int started = live_threads() - baseline_threads;
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
