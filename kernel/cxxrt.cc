/* kernel/cxxrt.cc -- the pieces of the C++ runtime a freestanding kernel
 * must supply itself: running global constructors (the .init_array that
 * linker.ld collects) and the pure-virtual trap.  new/delete live in
 * kernel/malloc.cc; function-local statics need no guards
 * (-fno-threadsafe-statics) and destructors of globals never run
 * (-fno-use-cxa-atexit: the kernel does not exit). */
#include "kernel/cxxrt.h"

#include <debug.h>

extern "C" {
typedef void (*constructor)(void);
extern constructor __init_array_start[], __init_array_end[];

void __cxa_pure_virtual(void) { PANIC("pure virtual function called"); }
}

void cxx_run_constructors(void) {
  for (constructor *c = __init_array_start; c < __init_array_end; c++) (*c)();
}
