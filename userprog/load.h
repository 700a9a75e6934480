/* userprog/load.h -- building a new program image: ELF segments and the
 * initial stack with the arguments.
 *
 * Layer: userprog/.  The contract is shared/abi.md ("Address space",
 * "Process start"): static ELF64 ET_EXEC for x86-64; every PT_LOAD mapped
 * (segments sharing a page merged, permissions OR-ed; writable iff PF_W;
 * bss zeroed); PT_DYNAMIC, PT_INTERP and PT_SHLIB refused; other types
 * ignored.  The stack page sits just below USER_STACK and holds
 *
 *     USER_STACK ->  argument strings, last argument highest
 *                    zero padding (so that argv is 16-byte aligned)
 *                    argv[argc] = NULL
 *                    argv[argc-1] ... argv[0]
 *     rsp        ->  fake return address 0     ((rsp + 8) % 16 == 0)
 *
 * and the program starts with rip = e_entry, rdi = argc, rsi = argv.
/// SOLUTION(vm):
 *
 * Segment pages are lazy: nothing is read before the first fault (vm/
 * uninit.h).  The stack page is built at once. */
/// STUB:
///  */
/// END
#ifndef USERPROG_LOAD_H
#define USERPROG_LOAD_H

#include "arch/x86_64/mmu.h"

class address_space;
struct file;
struct intr_frame;

/* Loads executable FILE (called NAME in messages) into the empty address
 * space AS and builds the stack from CMDLINE (words separated by runs of
 * spaces; the first is the program).  On success fills F for entering user
 * mode (rip, rsp, rdi, rsi, segments, rflags with IF; every other register
 * 0) and returns true.  On failure prints "load: NAME: <reason>" and
 * returns false; pages already added stay in AS for the caller to
 * destroy.  May sleep (reads FILE). */
[[nodiscard]] bool load_program(address_space *as, file *file, const char *name,
                                const char *cmdline, intr_frame *f);

/* Copies the first word of CMDLINE into NAME (SIZE bytes), truncated. */
void program_name(const char *cmdline, char *name, size_t size);

#endif /* USERPROG_LOAD_H */
