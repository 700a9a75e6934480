/// SOLUTION FILE(userprog): user_path, a path argument copied in from user memory
/// (every file call uses it).
/// SOLUTION(filesys):
/* userprog/syscall-dir.cc -- the file-system project's calls: chdir,
 * mkdir, readdir, isdir, inumber, symlink, mount, umount (abi.md,
 * "Directories and links" and "Mounts"); and user_path, the path argument
 * every file call copies in.
 *
 * Paths are relative to the process's working directory (process::cwd,
 * NULL = the root), which chdir replaces.  What the file system does with
 * them -- ".", "..", links, mount points, removed directories -- is in
 * filesys/filesys.h and filesys/path.h.  Failures are return values (0/1
 * for the bool calls, -1 for the others); a bad pointer kills with -1.
 *
 * Locking: none here (see syscall-file.cc). */
/// STUB:
/// /* userprog/syscall-dir.cc -- user_path, the path argument every file call
///  * copies in; and the file-system project's calls: chdir, mkdir, readdir,
///  * isdir, inumber, symlink, mount, umount (abi.md, "Directories and links"
///  * and "Mounts"), which fail until project 4. */
/// END
/// SOLUTION(filesys):
#include <string.h>

#include "filesys/directory.h"
#include "filesys/file.h"
#include "filesys/filesys.h"
/// END
#include "filesys/path.h"
#include "kernel/malloc.h"
/// SOLUTION(filesys):
#include "userprog/process.h"
/// END
#include "userprog/syscall-impl.h"
#include "userprog/uaccess.h"

user_path::user_path(uint64_t raw) {
  const char *upath = (const char *)arg_ptr(raw);
  user_string r = strncpy_from_user(small_, upath, sizeof small_);
  if (r == user_string::TOO_LONG) {
    /* Without memory the rest is not read: the call fails (no memory)
     * even if a later byte is bad, as any out-of-memory failure may. */
    buf_ = static_cast<char *>(malloc(PATH_MAX + 1));
    if (buf_ == nullptr) return;
    r = strncpy_from_user(buf_, upath, PATH_MAX + 1);
  }
  switch (r) {
    case user_string::FAULT: fault_ = true; break;
    case user_string::TOO_LONG: too_long_ = true; break;
    case user_string::OK: break;
  }
}

user_path::~user_path() {
  if (buf_ != small_) free(buf_);
}

/// SOLUTION(filesys): the directory, link and mount calls of abi.md
/// (chdir, mkdir, readdir, isdir, inumber, symlink, mount, umount);
/// paths are relative to the process's working directory.
namespace {

open_file *lookup(uint64_t raw_fd) { return process_current()->fds.get(arg_int(raw_fd)); }

}  // namespace

sys_result sys_chdir(sys_args a, intr_frame *) {
  user_path path(a[0]);
  if (path.fault()) return sys_result::killed();
  process *p = process_current();
  dir *d = path.ok() ? filesys_open_dir(p->cwd, path.get()) : nullptr;
  if (d == nullptr) return sys_result::boolean(false);
  dir_close(p->cwd);
  p->cwd = d;
  return sys_result::boolean(true);
}

sys_result sys_mkdir(sys_args a, intr_frame *) {
  user_path path(a[0]);
  if (path.fault()) return sys_result::killed();
  return sys_result::boolean(path.ok() && filesys_mkdir(process_current()->cwd, path.get()));
}

/* readdir(fd, name): NAME is a 15-byte user buffer. */
sys_result sys_readdir(sys_args a, intr_frame *) {
  char *uname = (char *)arg_ptr(a[1]);
  open_file *of = lookup(a[0]);
  if (of == nullptr || of->kind != open_file::DIRECTORY) return sys_result::boolean(false);
  if (!user_buffer_ok(uname, NAME_MAX + 1, true)) return sys_result::killed();
  char name[NAME_MAX + 1];
  if (!filesys_readdir(of->f, name)) return sys_result::boolean(false);
  if (!copy_to_user(uname, name, strlen(name) + 1)) return sys_result::killed();
  return sys_result::boolean(true);
}

sys_result sys_isdir(sys_args a, intr_frame *) {
  open_file *of = lookup(a[0]);
  return sys_result::boolean(of != nullptr && of->kind == open_file::DIRECTORY);
}

sys_result sys_inumber(sys_args a, intr_frame *) {
  open_file *of = lookup(a[0]);
  if (of == nullptr || !of->has_file()) return sys_result::ok(-1);
  return sys_result::ok(file_inumber(of->f));
}

sys_result sys_symlink(sys_args a, intr_frame *) {
  user_path target(a[0]);
  if (target.fault()) return sys_result::killed();
  user_path link(a[1]);
  if (link.fault()) return sys_result::killed();
  if (!target.ok() || !link.ok()) return sys_result::ok(-1);
  return sys_result::ok(filesys_symlink(process_current()->cwd, target.get(), link.get()) ? 0 : -1);
}

/* mount(path, channel, device). */
sys_result sys_mount(sys_args a, intr_frame *) {
  user_path path(a[0]);
  if (path.fault()) return sys_result::killed();
  if (!path.ok()) return sys_result::ok(-1);
  bool ok = filesys_mount(process_current()->cwd, path.get(), arg_int(a[1]), arg_int(a[2]));
  return sys_result::ok(ok ? 0 : -1);
}

sys_result sys_umount(sys_args a, intr_frame *) {
  user_path path(a[0]);
  if (path.fault()) return sys_result::killed();
  if (!path.ok()) return sys_result::ok(-1);
  return sys_result::ok(filesys_umount(process_current()->cwd, path.get()) ? 0 : -1);
}
/// STUB:
/// sys_result sys_chdir(sys_args, intr_frame *) { return sys_result::boolean(false); }
/// sys_result sys_mkdir(sys_args, intr_frame *) { return sys_result::boolean(false); }
/// sys_result sys_readdir(sys_args, intr_frame *) { return sys_result::boolean(false); }
/// sys_result sys_isdir(sys_args, intr_frame *) { return sys_result::boolean(false); }
/// sys_result sys_inumber(sys_args, intr_frame *) { return sys_result::ok(-1); }
/// sys_result sys_symlink(sys_args, intr_frame *) { return sys_result::ok(-1); }
/// sys_result sys_mount(sys_args, intr_frame *) { return sys_result::ok(-1); }
/// sys_result sys_umount(sys_args, intr_frame *) { return sys_result::ok(-1); }
/// END
