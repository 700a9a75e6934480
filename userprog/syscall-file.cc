/// SOLUTION FILE(userprog): the file system calls: create, remove, open, filesize,
/// read, write, seek, tell, close, dup2.
/* userprog/syscall-file.cc -- the file system calls: create, remove, open,
 * filesize, read, write, seek, tell, close, dup2 (the directory calls are in
 * syscall-dir.cc).
 *
 * User buffers are never handed to the file system: data moves through a
 * kernel bounce page with copy_from_user / copy_to_user, so a bad buffer
 * is caught by the copy routines, not as a kernel fault deep inside the
 * file system.  A buffer is checked whole (one touch per page) before any
 * data moves, so a bad buffer kills the process without side effects.
 *
/// SOLUTION(filesys):
 * Paths are relative to the process's working directory (process::cwd)
 * and may be up to PATH_MAX characters; a longer one cannot name anything.
/// STUB:
///  * Paths may be up to PATH_MAX characters; a longer one cannot name anything.
/// END
 * A directory opened with open() is a DIRECTORY fd: read and write on it
 * return -1, filesize, seek and tell treat it as not a file.
 *
 * Locking: none here.  The file system documents its own locking
 * (filesys/filesys.h: no caller-held locks needed, per-sector atomicity);
 * a struct file belongs to one process, whose single thread is the only
 * one using it. */
#include <stdint.h>

#include "arch/x86_64/io.h"
#include "arch/x86_64/mmu.h"
#include "devices/timer.h"
#include "filesys/file.h"
#include "filesys/filesys.h"
#include "kernel/palloc.h"
#include "lib/kernel/console.h"
#include "userprog/process.h"
#include "userprog/syscall-impl.h"
#include "userprog/uaccess.h"

namespace {

/* The largest single console write done as one putbuf (16 pages). */
constexpr size_t CONSOLE_CHUNK_PAGES = 16;

open_file *lookup(uint64_t raw_fd) { return process_current()->fds.get(arg_int(raw_fd)); }

/* COM1 receive, polled (devices/serial has no input side yet). */
constexpr uint16_t COM1_DATA = 0x3f8, COM1_LSR = 0x3fd;
constexpr uint8_t LSR_DATA_READY = 0x01;

/* Reads console input into BUF (SIZE > 0 bytes): sleeps a tick at a time
 * until at least one byte has arrived, then takes what is there. */
size_t console_read(uint8_t *buf, size_t size) {
  size_t got = 0;
  for (;;) {
    while (got < size && (inb(COM1_LSR) & LSR_DATA_READY)) buf[got++] = inb(COM1_DATA);
    if (got > 0) return got;
    timer_sleep(1);
  }
}

sys_result read_file(file *f, uint8_t *ubuf, uint32_t size) {
  scoped_pages bounce(1);
  if (bounce.size() == 0) return sys_result::ok(-1);
  uint32_t done = 0;
  while (done < size) {
    off_t chunk = (off_t)(size - done < PGSIZE ? size - done : PGSIZE);
    off_t n = file_read(f, bounce.data(), chunk);
    if (n <= 0) break;
    if (!copy_to_user(ubuf + done, bounce.data(), n)) return sys_result::killed();
    done += n;
    if (n < chunk) break;
  }
  return sys_result::ok(done);
}

sys_result write_file(file *f, const uint8_t *ubuf, uint32_t size) {
  scoped_pages bounce(1);
  if (bounce.size() == 0) return sys_result::ok(-1);
  uint32_t done = 0;
  while (done < size) {
    off_t chunk = (off_t)(size - done < PGSIZE ? size - done : PGSIZE);
    if (!copy_from_user(bounce.data(), ubuf + done, chunk)) return sys_result::killed();
    off_t n = file_write(f, bounce.data(), chunk);
    if (n <= 0) break;
    done += n;
    if (n < chunk) break;
  }
  return sys_result::ok(done);
}

/* One putbuf per call when it fits in CONSOLE_CHUNK_PAGES, so that output
 * of concurrent processes never interleaves inside a write. */
sys_result write_console(const uint8_t *ubuf, uint32_t size) {
  size_t pages = ((size_t)size + PGSIZE - 1) / PGSIZE;
  scoped_pages bounce(pages < CONSOLE_CHUNK_PAGES ? pages : CONSOLE_CHUNK_PAGES);
  if (bounce.size() == 0) return sys_result::ok(-1);
  uint32_t done = 0;
  while (done < size) {
    size_t chunk = size - done < bounce.size() ? size - done : bounce.size();
    if (!copy_from_user(bounce.data(), ubuf + done, chunk)) return sys_result::killed();
    putbuf((const char *)bounce.data(), chunk);
    done += chunk;
  }
  return sys_result::ok(done);
}

}  // namespace

sys_result sys_create(sys_args a, intr_frame *) {
  user_path path(a[0]);
  if (path.fault()) return sys_result::killed();
  /// SOLUTION(filesys): PATH is relative to the process's working directory.
  return sys_result::boolean(path.ok() && filesys_create(process_current()->cwd, path.get(),
                                                         (off_t)arg_unsigned(a[1])));
  /// STUB:
  /// return sys_result::boolean(path.ok() &&
  ///                            filesys_create(nullptr, path.get(), (off_t)arg_unsigned(a[1])));
  /// END
}

sys_result sys_remove(sys_args a, intr_frame *) {
  user_path path(a[0]);
  if (path.fault()) return sys_result::killed();
  /// SOLUTION(filesys): PATH is relative to the process's working directory.
  return sys_result::boolean(path.ok() && filesys_remove(process_current()->cwd, path.get()));
  /// STUB:
  /// return sys_result::boolean(path.ok() && filesys_remove(nullptr, path.get()));
  /// END
}

sys_result sys_open(sys_args a, intr_frame *) {
  user_path path(a[0]);
  if (path.fault()) return sys_result::killed();
  if (!path.ok()) return sys_result::ok(-1);
  /// SOLUTION(filesys): PATH is relative to the process's working directory.
  file *f = filesys_open(process_current()->cwd, path.get());
  /// STUB:
  /// file *f = filesys_open(nullptr, path.get());
  /// END
  if (f == nullptr) return sys_result::ok(-1);
  userprog_file_opened();
  return sys_result::ok(process_current()->fds.install_file(f));
}

sys_result sys_filesize(sys_args a, intr_frame *) {
  open_file *of = lookup(a[0]);
  if (of == nullptr || of->kind != open_file::FILE) return sys_result::ok(-1);
  return sys_result::ok(file_length(of->f));
}

sys_result sys_read(sys_args a, intr_frame *) {
  uint8_t *ubuf = (uint8_t *)arg_ptr(a[1]);
  uint32_t size = arg_unsigned(a[2]);
  open_file *of = lookup(a[0]);
  if (of == nullptr || of->kind == open_file::CONSOLE_OUT || of->kind == open_file::DIRECTORY)
    return sys_result::ok(-1);
  if (!user_buffer_ok(ubuf, size, true)) return sys_result::killed();
  if (size == 0) return sys_result::ok(0);
  if (of->kind == open_file::FILE) return read_file(of->f, ubuf, size);

  scoped_pages bounce(1);
  if (bounce.size() == 0) return sys_result::ok(-1);
  size_t n = console_read(bounce.data(), size < PGSIZE ? size : PGSIZE);
  if (!copy_to_user(ubuf, bounce.data(), n)) return sys_result::killed();
  return sys_result::ok((int64_t)n);
}

sys_result sys_write(sys_args a, intr_frame *) {
  const uint8_t *ubuf = (const uint8_t *)arg_ptr(a[1]);
  uint32_t size = arg_unsigned(a[2]);
  open_file *of = lookup(a[0]);
  if (of == nullptr || of->kind == open_file::CONSOLE_IN || of->kind == open_file::DIRECTORY)
    return sys_result::ok(-1);
  if (!user_buffer_ok(ubuf, size, false)) return sys_result::killed();
  if (size == 0) return sys_result::ok(0);
  if (of->kind == open_file::FILE) return write_file(of->f, ubuf, size);
  return write_console(ubuf, size);
}

sys_result sys_seek(sys_args a, intr_frame *) {
  open_file *of = lookup(a[0]);
  /* Positions past 2 GiB do not exist (off_t): ignored like negative ones. */
  if (of != nullptr && of->kind == open_file::FILE && arg_unsigned(a[1]) <= INT32_MAX)
    file_seek(of->f, (off_t)arg_unsigned(a[1]));
  return sys_result::ok(0);
}

sys_result sys_tell(sys_args a, intr_frame *) {
  open_file *of = lookup(a[0]);
  if (of == nullptr || of->kind != open_file::FILE) return sys_result::ok(-1);
  return sys_result::ok(file_tell(of->f));
}

sys_result sys_close(sys_args a, intr_frame *) {
  process_current()->fds.close(arg_int(a[0]));
  return sys_result::ok(0);
}

sys_result sys_dup2(sys_args a, intr_frame *) {
  return sys_result::ok(process_current()->fds.dup2(arg_int(a[0]), arg_int(a[1])));
}
