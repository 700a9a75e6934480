/* kernel/cxxrt.h -- C++ runtime support (see kernel/cxxrt.cc). */
#ifndef KERNEL_CXXRT_H
#define KERNEL_CXXRT_H

/* Runs every global constructor once; call after malloc_init. */
void cxx_run_constructors(void);

#endif /* KERNEL_CXXRT_H */
