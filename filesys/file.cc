/* filesys/file.cc -- open files.  See filesys/file.h. */
#include "filesys/file.h"

#include "filesys/inode.h"
#include "kernel/malloc.h"

struct file {
  struct inode *inode; /* Owned reference. */
  off_t pos;       /* Position for file_read / file_write. */
  bool deny_write; /* Has this file called inode_deny_write()? */
};

file *file_open(inode *ino) {
  if (ino == nullptr) return nullptr;
  file *f = static_cast<file *>(malloc(sizeof *f));
  if (f == nullptr) {
    inode_close(ino);
    return nullptr;
  }
  f->inode = ino;
  f->pos = 0;
  f->deny_write = false;
  return f;
}

file *file_reopen(file *f) { return file_open(inode_reopen(f->inode)); }

file *file_duplicate(file *f) {
  file *copy = file_open(inode_reopen(f->inode));
  if (copy == nullptr) return nullptr;
  copy->pos = f->pos;
  if (f->deny_write) file_deny_write(copy);
  return copy;
}

void file_close(file *f) {
  if (f == nullptr) return;
  file_allow_write(f);
  inode_close(f->inode);
  free(f);
}

inode *file_get_inode(file *f) { return f->inode; }

off_t file_read(file *f, void *buffer, off_t size) {
  off_t n = inode_read_at(f->inode, buffer, size, f->pos);
  f->pos += n;
  return n;
}

off_t file_read_at(file *f, void *buffer, off_t size, off_t file_ofs) {
  return inode_read_at(f->inode, buffer, size, file_ofs);
}

off_t file_write(file *f, const void *buffer, off_t size) {
  off_t n = inode_write_at(f->inode, buffer, size, f->pos);
  f->pos += n;
  return n;
}

off_t file_write_at(file *f, const void *buffer, off_t size, off_t file_ofs) {
  return inode_write_at(f->inode, buffer, size, file_ofs);
}

void file_deny_write(file *f) {
  if (!f->deny_write) {
    f->deny_write = true;
    inode_deny_write(f->inode);
  }
}

void file_allow_write(file *f) {
  if (f->deny_write) {
    f->deny_write = false;
    inode_allow_write(f->inode);
  }
}

void file_seek(file *f, off_t new_pos) {
  if (new_pos >= 0) f->pos = new_pos;
}

off_t file_tell(file *f) { return f->pos; }

off_t file_length(file *f) { return inode_length(f->inode); }

bool file_is_dir(file *f) { return inode_is_dir(f->inode); }

int file_inumber(file *f) { return inode_get_inumber(f->inode); }
