/* filesys/path.h -- path lookup: from a string to an inode.
 *
 * Layer: filesys/, above directories and volumes, below filesys.cc.
 *
 * A path is absolute ("/a/b", from the root volume's root) or relative to
 * a starting directory (a process's working directory).  Components are
 * separated by one or more '/'; trailing slashes are allowed and require
 * the last component to be a directory.  Each component has at most
 * NAME_MAX (14) characters: a longer one fails the lookup (never
 * truncated).  "." stays, ".." goes to the parent (at a mounted volume's
 * root: the parent of the directory it covers; at the root volume's root:
 * the root itself).
 *
 * Symbolic links are followed in every component and, except for
 * PATH_PARENT lookups, in the last one.  A link's target replaces the
 * link's component in the rest of the path: an absolute target restarts at
 * the root, a relative one continues in the link's directory.  At most
 * PATH_FOLLOW_MAX links are followed in one lookup: more (a cycle, or too
 * long a chain) fails with PATH_LOOP, never a hang or deep recursion (the
 * lookup is one loop over a heap buffer).
 *
 * Crossing into a mounted volume: looking up a directory that has a volume
 * mounted on it yields that volume's root.
 *
 * Locking: takes dir_lock for each step (one directory read), never across
 * the whole lookup; a directory removed meanwhile makes the lookup fail.
 * Needs no lock held; may sleep. */
#ifndef FILESYS_PATH_H
#define FILESYS_PATH_H

#include <stddef.h>

#include "filesys/directory.h"

struct inode;

/* Longest path accepted, and longest symbolic-link target (bytes without
 * the NUL). */
constexpr size_t PATH_MAX = 1023;
/* Links followed in one lookup. */
constexpr int PATH_FOLLOW_MAX = 40;

enum path_status {
  PATH_OK,
  PATH_NOT_FOUND, /* a component does not exist (or a removed directory) */
  PATH_NOT_DIR,   /* a component that must be a directory is not one */
  PATH_TOO_LONG,  /* a component over NAME_MAX, or a path over PATH_MAX */
  PATH_LOOP,      /* more than PATH_FOLLOW_MAX links */
  PATH_INVALID,   /* empty path; or, for PATH_PARENT, no usable last name */
  PATH_NO_MEMORY,
};

enum path_mode {
  PATH_FULL,   /* the inode the whole path names */
  PATH_PARENT, /* the directory holding the last component, and its name */
};

struct path_result {
  struct inode *inode;     /* PATH_FULL: the inode; PATH_PARENT: the
                              directory.  Open; the caller closes it. */
  char name[NAME_MAX + 1]; /* PATH_PARENT: the last component (a valid
                              name: not "." or ".."). */
  bool trailing_slash;     /* The path ended in '/'. */
};

/* Looks PATH up starting at START (a directory inode; NULL = the root
 * volume's root) in MODE.  On PATH_OK fills *OUT (see above); otherwise
 * OUT->inode is NULL.  May sleep. */
path_status path_lookup(inode *start, const char *path, path_mode mode, path_result *out);

#endif /* FILESYS_PATH_H */
