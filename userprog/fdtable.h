/* userprog/fdtable.h -- a process's file descriptors.
 *
/// SOLUTION(userprog):
 * Layer: userprog/, on filesys/file.h.  An fd table maps small integers to
 * open "descriptions" (struct open_file): the console input, the console
 * output, an open file with its own position, or an open directory (a
 * struct file too, whose position is where readdir goes on).  dup2 makes two fds point
 * at one description, so they share the position; a description is closed
 * when its last fd goes.  fds 0 and 1 are ordinary entries: closable and
 * valid dup2 targets.  New fds from open() are the lowest free number >= 2.
 *
 * Life cycle: init_console() for a new process; clone() for fork (each
 * description copied once, with its own position, aliases kept as
 * aliases); close_all() at exit.  exec keeps the table.
 *
 * Locking: a table belongs to one process, which has one thread; only that
 * thread touches it, except fork, which reads the parent's table while the
 * parent is blocked waiting for the fork to finish.  No lock. */
/// STUB:
///  * Layer: userprog/.  The fd table is yours to design (see the TODO
///  * below); what is here counts the files the userprog layer holds open,
///  * for the leak check. */
/// END
#ifndef USERPROG_FDTABLE_H
#define USERPROG_FDTABLE_H

#include <stddef.h>

struct file;

/// SOLUTION(userprog): the file-descriptor table: fds 0 and 1 are the console,
/// open() takes the lowest free fd >= 2, dup2 makes two fds share one open
/// file (and its position), fork copies the table.
struct open_file {
  enum fd_kind { CONSOLE_IN, CONSOLE_OUT, FILE, DIRECTORY } kind;
  file *f;  /* FILE and DIRECTORY only, owned */
  int refs; /* fds of this table referring to it */
  /* Scratch for fd_table::clone: the child's copy of this description
   * while a fork copies the table (so an alias finds it in O(1)); NULL
   * at every other time. */
  mutable open_file *fork_copy;

  bool has_file() const { return kind == FILE || kind == DIRECTORY; }
};

/* The number of fds a process may have (fd numbers are below this). */
constexpr int FD_LIMIT = 1024;

class fd_table {
 public:
  fd_table() = default;
  ~fd_table() { close_all(); }
  fd_table(const fd_table &) = delete;
  fd_table &operator=(const fd_table &) = delete;

  /* fd 0 = console input, fd 1 = console output.  Returns false when out
   * of memory (the table stays empty). */
  [[nodiscard]] bool init_console();

  /* Makes this (empty) table a copy of PARENT: every description
   * duplicated once (files through file_duplicate, same position), fds
   * that alias in PARENT alias here.  Returns false when out of memory;
   * whatever was copied is closed again. */
  [[nodiscard]] bool clone(const fd_table &parent);

  /* Installs open file F (ownership passes to the table) at the lowest free
   * fd >= 2, as a FILE or, if F is a directory, a DIRECTORY.  Returns the
   * fd, or -1 (F closed) when the table is full or memory is short. */
  int install_file(file *f);

  /* The description at FD, or NULL if FD is not open (any int is fine). */
  open_file *get(int fd) const;

  /* Closes FD.  Returns false if it was not open. */
  bool close(int fd);

  /* Makes NEW_FD an alias of OLD_FD (closing NEW_FD first if open).
   * Returns NEW_FD, or -1 if OLD_FD is not open, NEW_FD is out of range
   * or memory is short. */
  int dup2(int old_fd, int new_fd);

  /* Closes every fd.  May sleep (file_close). */
  void close_all();

 private:
  /* Makes room for fd numbers below WANT.  Returns false if out of memory
   * or WANT > FD_LIMIT. */
  bool grow(int want);
  void put(int fd, open_file *of);

  open_file **slots_ = nullptr; /* slots_[fd], NULL when free */
  int cap_ = 0;                /* entries in slots_ */
  int free_hint_ = 0;          /* no fd below it is free (fds >= 2 only
                                  count): where install_file looks first */
};
/// END

/* Files the userprog layer holds open right now (fd tables and running
 * executables), for the leak check. */
long userprog_open_files(void);
/* Counts one file opened / closed by userprog (file_close is the caller's). */
void userprog_file_opened(void);
void userprog_file_closed(void);

#endif /* USERPROG_FDTABLE_H */
