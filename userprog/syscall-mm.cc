/// SOLUTION FILE(userprog): the memory-mapping system calls' entry points.
/// SOLUTION(vm):
/* userprog/syscall-mm.cc -- the memory-mapping calls: mmap and munmap.
 *
 * The checks that need the fd table are made here (fd 0/1 and anything
 * that is not an open file fail); the rest of the contract (alignment,
 * length, overlap, KERN_BASE, empty file) is the address space's
 * (vm/addrspace.cc).  Failure returns NULL and changes nothing. */
#include "userprog/process.h"
#include "userprog/syscall-impl.h"
#include "vm/addrspace.h"

/* mmap(addr, length, writable, fd, offset): length is a size_t (all 64
 * bits), writable and fd ints, offset an off_t (signed 32 bits). */
sys_result sys_mmap(sys_args a, intr_frame *) {
  process *p = process_current();
  open_file *of = p->fds.get(arg_int(a[3]));
  if (of == nullptr || of->kind != open_file::FILE) return sys_result::ok(0);
  void *addr = p->as->mmap(arg_ptr(a[0]), (size_t)a[1], arg_int(a[2]) != 0, of->f, arg_int(a[4]));
  return sys_result::ok((int64_t)addr);
}

sys_result sys_munmap(sys_args a, intr_frame *) {
  process_current()->as->munmap(arg_ptr(a[0]));
  return sys_result::ok(0);
}
/// STUB:
/// /* userprog/syscall-mm.cc -- the memory-mapping calls: mmap and munmap
///  * (abi.md).  mmap returns NULL on failure. */
/// #include "userprog/syscall-impl.h"
///
/// /* TODO (project 3, vm): map the file's pages lazily at the address. */
/// sys_result sys_mmap(sys_args, intr_frame *) { return sys_result::ok(0); }
///
/// /* TODO (project 3, vm): unmap a mapping, writing dirty pages back. */
/// sys_result sys_munmap(sys_args, intr_frame *) { return sys_result::ok(0); }
/// END
