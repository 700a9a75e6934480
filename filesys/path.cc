/// SOLUTION(filesys):
/* filesys/path.cc -- path lookup.  See filesys/path.h for the rules.
 *
 * The lookup keeps the part of the path still to walk in `rest` and the
 * directory reached so far in `cur` (an open inode).  `rest` starts in a
 * small buffer on the stack (most paths are short) and moves to the heap,
 * PATH_MAX + 1 bytes, for a long path or the first link followed.  Each
 * turn takes one component off `rest`:
 *
 *     "."      nothing
 *     ".."     cur = parent of cur (leaving a mounted volume at its root)
 *     NAME     look NAME up in cur; a directory with a volume mounted on it
 *              becomes that volume's root; a symbolic link (to be
 *              followed) is replaced, in `rest`, by its target:
 *                  rest = TARGET "/" REST-AFTER-NAME
 *              and an absolute target sends cur back to the root
 *
 * so following a link costs one buffer copy, not a recursive call. */
/// STUB:
/// /* filesys/path.cc -- path lookup.  See filesys/path.h for the rules. */
/// END
#include "filesys/path.h"

#include <debug.h>
#include <string.h>

#include "filesys/free-map.h"
#include "filesys/inode.h"
#include "filesys/volume.h"
/// SOLUTION(filesys):
#include "kernel/malloc.h"
/// END

namespace {

/* The root volume's root directory, opened again; NULL without one. */
inode *open_root(void) {
  return root_volume != nullptr ? inode_reopen(root_volume->root) : nullptr;
}

/// SOLUTION(filesys): subdirectories, symbolic links and mounts: the steps of a
/// path lookup (up to the parent, down into a directory or a mounted volume,
/// reading a link's target).
/* Replaces *CUR (closing it) by its parent directory.  Returns false if
 * *CUR was removed or its parent cannot be opened. */
bool go_up(inode **cur) {
  inode *next;
  {
    lock_guard guard(&dir_lock);
    if (inode_is_removed(*cur)) return false;
    volume *v = inode_get_volume(*cur);
    inode *from = *cur;
    if (from == v->root) {
      if (v->covered == nullptr) return true; /* ".." of "/" is "/". */
      from = v->covered;                      /* Leave the mounted volume. */
    }
    next = inode_open(inode_get_volume(from), inode_get_parent(from));
  }
  if (next == nullptr || !inode_is_dir(next)) {
    inode_close(next);
    return false;
  }
  inode_close(*cur);
  *cur = next;
  return true;
}

/* Looks NAME up in directory CUR; returns the inode it names, open,
 * having crossed into a volume mounted on it; NULL if there is none. */
inode *step(inode *cur, const char *name) {
  lock_guard guard(&dir_lock);
  block_sector_t sector;
  if (!dir_lookup_locked(cur, name, &sector)) return nullptr;
  inode *next = inode_open(inode_get_volume(cur), sector);
  if (next != nullptr) {
    volume *mounted = inode_mounted_locked(next);
    if (mounted != nullptr) {
      inode_close(next);
      next = inode_reopen(mounted->root);
    }
  }
  return next;
}

/* The path still to walk: a short one in place, a long one on the heap. */
class path_buffer {
 public:
  path_buffer() = default;
  ~path_buffer() { free(heap_); }
  path_buffer(const path_buffer &) = delete;
  path_buffer &operator=(const path_buffer &) = delete;

  char *get() { return heap_ != nullptr ? heap_ : inline_; }
  /* Makes room for PATH_MAX + 1 bytes, keeping the contents.  False if
   * memory is short. */
  bool make_room() {
    if (heap_ != nullptr) return true;
    heap_ = static_cast<char *>(malloc(PATH_MAX + 1));
    if (heap_ == nullptr) return false;
    memcpy(heap_, inline_, sizeof inline_);
    return true;
  }
  static constexpr size_t INLINE = 96;

 private:
  char inline_[INLINE];
  char *heap_ = nullptr;
};

/* Reads the target of symbolic link LINK into BUF (PATH_MAX + 1 bytes),
 * NUL-terminated.  False if it is empty, too long or unreadable. */
bool read_link(inode *link, char *buf) {
  off_t len = inode_length(link);
  if (len <= 0 || (size_t)len > PATH_MAX) return false;
  if (inode_read_at(link, buf, len, 0) != len) return false;
  buf[len] = '\0';
  return strlen(buf) == (size_t)len;
}
/// END

}  // namespace

path_status path_lookup(inode *start, const char *path, path_mode mode, path_result *out) {
  /// SOLUTION(filesys): path lookup beyond the flat root directory: absolute and
  /// relative paths, ".", "..", symbolic links, mount points (see path.h).
  out->inode = nullptr;
  out->name[0] = '\0';
  out->trailing_slash = false;
  size_t len = strnlen(path, PATH_MAX + 1);
  if (len == 0) return PATH_INVALID;
  if (len > PATH_MAX) return PATH_TOO_LONG;

  path_buffer buffer;
  if (len >= path_buffer::INLINE && !buffer.make_room()) return PATH_NO_MEMORY;
  char *rest = buffer.get();
  char *target = nullptr; /* A link's target: PATH_MAX + 1 bytes, when needed. */
  memcpy(rest, path, len + 1);
  out->trailing_slash = rest[len - 1] == '/';

  inode *cur = path[0] == '/' || start == nullptr ? open_root() : inode_reopen(start);
  path_status status = cur != nullptr ? PATH_OK : PATH_NOT_FOUND;
  int follows = 0;
  size_t pos = 0; /* Start of the unwalked part of rest. */

  while (status == PATH_OK) {
    while (rest[pos] == '/') pos++;
    if (rest[pos] == '\0') {
      /* Nothing left: the path named cur itself ("/", ".", "a/.."). */
      if (mode == PATH_PARENT) status = PATH_INVALID;
      break;
    }
    size_t end = pos;
    while (rest[end] != '/' && rest[end] != '\0') end++;
    size_t name_len = end - pos;
    size_t after = end;
    while (rest[after] == '/') after++;
    bool last = rest[after] == '\0';
    if (name_len > NAME_MAX) {
      status = PATH_TOO_LONG;
      break;
    }
    char name[NAME_MAX + 1];
    memcpy(name, rest + pos, name_len);
    name[name_len] = '\0';
    pos = after;

    bool dot = strcmp(name, ".") == 0, dotdot = strcmp(name, "..") == 0;
    if (last && mode == PATH_PARENT) {
      if (dot || dotdot) status = PATH_INVALID;
      else memcpy(out->name, name, name_len + 1);
      break;
    }
    if (dot) {
      if (inode_is_removed(cur)) status = PATH_NOT_FOUND;
      continue;
    }
    if (dotdot) {
      if (!go_up(&cur)) status = PATH_NOT_FOUND;
      continue;
    }

    inode *next = step(cur, name);
    if (next == nullptr) {
      status = PATH_NOT_FOUND;
      break;
    }
    if (inode_is_symlink(next)) {
      /* Follow it: rest = target "/" what comes after the link. */
      if (target == nullptr) {
        target = static_cast<char *>(malloc(PATH_MAX + 1));
        if (target == nullptr || !buffer.make_room()) {
          inode_close(next);
          status = PATH_NO_MEMORY;
          break;
        }
        rest = buffer.get();
      }
      bool ok = ++follows <= PATH_FOLLOW_MAX && read_link(next, target);
      inode_close(next);
      if (!ok) {
        status = follows > PATH_FOLLOW_MAX ? PATH_LOOP : PATH_NOT_FOUND;
        break;
      }
      size_t target_len = strlen(target), rest_len = strlen(rest + pos);
      if (target_len + 1 + rest_len > PATH_MAX) {
        status = PATH_TOO_LONG;
        break;
      }
      memmove(rest + target_len + 1, rest + pos, rest_len + 1);
      memcpy(rest, target, target_len);
      rest[target_len] = rest_len > 0 ? '/' : '\0';
      pos = 0;
      if (target[0] == '/') {
        inode_close(cur);
        cur = open_root();
        if (cur == nullptr) status = PATH_NOT_FOUND;
      }
      continue;
    }
    if (!last && !inode_is_dir(next)) {
      inode_close(next);
      status = PATH_NOT_DIR;
      break;
    }
    inode_close(cur);
    cur = next;
  }

  if (status == PATH_OK && mode == PATH_FULL && out->trailing_slash && !inode_is_dir(cur))
    status = PATH_NOT_DIR;
  free(target);
  if (status != PATH_OK) {
    inode_close(cur);
    return status;
  }
  out->inode = cur;
  return PATH_OK;
  /// STUB:
  /// out->inode = nullptr;
  /// out->name[0] = '\0';
  /// out->trailing_slash = false;
  /// /* Only the root directory: PATH is one name, perhaps after a '/'. */
  /// while (*path == '/') path++;
  /// size_t len = strnlen(path, NAME_MAX + 1);
  /// if (len == 0) return PATH_INVALID;
  /// if (len > NAME_MAX) return PATH_TOO_LONG;
  /// if (strchr(path, '/') != nullptr) return PATH_NOT_FOUND;
  /// inode *root = open_root();
  /// if (root == nullptr) return PATH_NOT_FOUND;
  /// if (mode == PATH_PARENT) {
  ///   if (!dir_name_valid(path)) {
  ///     inode_close(root);
  ///     return PATH_INVALID;
  ///   }
  ///   memcpy(out->name, path, len + 1);
  ///   out->inode = root;
  ///   return PATH_OK;
  /// }
  /// inode *found = nullptr;
  /// {
  ///   lock_guard guard(&dir_lock);
  ///   block_sector_t sector;
  ///   if (dir_lookup_locked(root, path, &sector)) found = inode_open(root_volume, sector);
  /// }
  /// inode_close(root);
  /// if (found == nullptr) return PATH_NOT_FOUND;
  /// out->inode = found;
  /// return PATH_OK;
  /// END
}
