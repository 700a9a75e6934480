/* userprog/fdtable.cc -- fd tables (see the header). */
#include "userprog/fdtable.h"

/// SOLUTION(userprog):
#include <debug.h>
#include <string.h>

#include "filesys/file.h"
#include "kernel/malloc.h"

/// END
namespace {

/// SOLUTION(userprog):
constexpr int FIRST_FILE_FD = 2;
constexpr int INITIAL_CAPACITY = 16;

/// END
long open_files; /* updated with __atomic builtins (any thread) */

/// SOLUTION(userprog):
open_file *new_open_file(open_file::fd_kind kind, file *f) {
  open_file *of = static_cast<open_file *>(malloc(sizeof *of));
  if (of == nullptr) return nullptr;
  *of = open_file{kind, f, 0, nullptr};
  return of;
}

/* Drops one fd's reference to OF, closing it with the last. */
void release(open_file *of) {
  ASSERT(of->refs > 0);
  if (--of->refs > 0) return;
  if (of->has_file()) {
    file_close(of->f);
    userprog_file_closed();
  }
  free(of);
}

/// END
}  // namespace

long userprog_open_files(void) { return __atomic_load_n(&open_files, __ATOMIC_SEQ_CST); }
void userprog_file_opened(void) { __atomic_fetch_add(&open_files, 1, __ATOMIC_SEQ_CST); }
void userprog_file_closed(void) { __atomic_fetch_sub(&open_files, 1, __ATOMIC_SEQ_CST); }

/// SOLUTION(userprog): the fd table (fdtable.h).
bool fd_table::grow(int want) {
  if (want > FD_LIMIT) return false;
  if (want <= cap_) return true;
  int cap = cap_ > 0 ? cap_ : INITIAL_CAPACITY;
  while (cap < want) cap *= 2;
  if (cap > FD_LIMIT) cap = FD_LIMIT;
  open_file **slots = static_cast<open_file **>(calloc(cap, sizeof *slots));
  if (slots == nullptr) return false;
  if (cap_ > 0) memcpy(slots, slots_, cap_ * sizeof *slots);
  free(slots_);
  slots_ = slots;
  cap_ = cap;
  return true;
}

void fd_table::put(int fd, open_file *of) {
  ASSERT(fd >= 0 && fd < cap_ && slots_[fd] == nullptr);
  slots_[fd] = of;
  of->refs++;
}

bool fd_table::init_console() {
  if (!grow(INITIAL_CAPACITY)) return false;
  open_file *in = new_open_file(open_file::CONSOLE_IN, nullptr);
  open_file *out = new_open_file(open_file::CONSOLE_OUT, nullptr);
  if (in == nullptr || out == nullptr) {
    free(in);
    free(out);
    return false;
  }
  put(0, in);
  put(1, out);
  return true;
}

bool fd_table::clone(const fd_table &parent) {
  ASSERT(cap_ == 0);
  if (!grow(parent.cap_ > 0 ? parent.cap_ : INITIAL_CAPACITY)) return false;
  /* Each description is copied once, by the first fd that refers to it,
   * which leaves the copy in fork_copy; later aliases share that copy.
   * One pass, whatever the number of fds and aliases. */
  bool ok = true;
  for (int fd = 0; fd < parent.cap_ && ok; fd++) {
    open_file *src = parent.slots_[fd];
    if (src == nullptr) continue;
    if (src->fork_copy != nullptr) {
      put(fd, src->fork_copy);
      continue;
    }
    file *copy = nullptr;
    if (src->has_file()) {
      copy = file_duplicate(src->f);
      if (copy == nullptr) {
        ok = false;
        break;
      }
      userprog_file_opened();
    }
    open_file *of = new_open_file(src->kind, copy);
    if (of == nullptr) {
      if (copy != nullptr) {
        file_close(copy);
        userprog_file_closed();
      }
      ok = false;
      break;
    }
    src->fork_copy = of;
    put(fd, of);
  }
  for (int fd = 0; fd < parent.cap_; fd++)
    if (parent.slots_[fd] != nullptr) parent.slots_[fd]->fork_copy = nullptr;
  if (!ok) close_all();
  return ok;
}

int fd_table::install_file(file *f) {
  /* Every fd in [FIRST_FILE_FD, free_hint_) is taken: start there, so
   * opening N files costs O(N), not O(N^2). */
  int fd = free_hint_ > FIRST_FILE_FD ? free_hint_ : FIRST_FILE_FD;
  while (fd < cap_ && slots_[fd] != nullptr) fd++;
  free_hint_ = fd;
  open_file *of = nullptr;
  if (grow(fd + 1))
    of = new_open_file(file_is_dir(f) ? open_file::DIRECTORY : open_file::FILE, f);
  if (of == nullptr) {
    file_close(f);
    userprog_file_closed();
    return -1;
  }
  put(fd, of);
  return fd;
}

open_file *fd_table::get(int fd) const {
  if (fd < 0 || fd >= cap_) return nullptr;
  return slots_[fd];
}

bool fd_table::close(int fd) {
  open_file *of = get(fd);
  if (of == nullptr) return false;
  slots_[fd] = nullptr;
  if (fd < free_hint_) free_hint_ = fd;
  release(of);
  return true;
}

int fd_table::dup2(int old_fd, int new_fd) {
  open_file *of = get(old_fd);
  if (of == nullptr || new_fd < 0 || new_fd >= FD_LIMIT) return -1;
  if (old_fd == new_fd) return new_fd;
  if (!grow(new_fd + 1)) return -1;
  /* Take the new reference first: closing NEW_FD cannot then free OF. */
  of->refs++;
  close(new_fd);
  slots_[new_fd] = of;
  return new_fd;
}

void fd_table::close_all() {
  for (int fd = 0; fd < cap_; fd++) close(fd);
  free(slots_);
  slots_ = nullptr;
  cap_ = 0;
  free_hint_ = 0;
}
/// END
