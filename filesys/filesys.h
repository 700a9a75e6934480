/* filesys/filesys.h -- the file system: operations by path name, mounting.
 *
 * Layer: filesys/, the top of it; used by the system calls, the ELF loader
 * and the command-line actions (filesys/fsutil.cc).  Below it, in order:
 *
 *     filesys.cc      create / open / remove / mkdir / symlink / mount by path
 *     path.cc         path lookup: ".", "..", links, mount points
 *     volume.cc       mounted volumes; fsck.cc checks one at mount time
 *     directory.cc    directory entries            (dir_lock)
 *     file.cc         open files: inode + position
 *     inode.cc        open inodes, data transfer   (open_inodes_lock, inode::lock)
 *     inode-map.cc    the on-disk inode's index tree
 *     free-map.cc     free sectors                 (free_map::lock)
 *     cache.cc        the buffer cache: every sector of a file-system disk
 *                     passes through it    (cache_entry::lock, cache_lock)
 *     cache-writeback.cc  dirty sectors back to disk, in runs (cluster_lock)
 *     devices/block   the disks                    (IDE channel lock)
 *
 * Disk layout of every volume: sector 0 holds the free-map file's inode,
 * sector 1 the root directory's inode (see filesys/free-map.h); every
 * other sector is a data, index or inode sector handed out by the free
 * map.
 *
 * Lock order (a thread holding one lock takes only locks further down):
 *
 *     dir_lock  ->  inode::lock  ->  free_map::lock  ->  cache_entry::lock
 *     dir_lock  ->  open_inodes_lock  ->  cache_entry::lock
 *     cache_entry::lock  ->  IDE channel lock
 *     cache_entry::lock  ->  cache_lock
 *     cache_entry::lock  ->  cluster_lock (only tried)  ->  IDE channel lock
 *
 * The cache's locks come after every other file-system lock: the cache
 * calls nothing above it.  A thread holds at most one cache_entry::lock;
 * cache_lock is a leaf, never held across disk I/O (filesys/cache.h).
 * open_inodes_lock is never taken with an inode::lock or a free-map lock
 * held.  No function here needs the caller to hold any lock; all may
 * sleep.
 *
 * Errors are return values.  Messages go through filesys/report.h, which
 * holds them back while a user program runs.
 *
 * Working directories: every function taking CWD resolves relative paths
 * from that directory handle (filesys/directory.h); NULL means the root.
 *
 * Life cycle: filesys_init() at boot (after ide_init and thread_start)
 * mounts the file-system disk as the root volume, filesys_done() at
 * shutdown writes everything back.  Without a usable file-system disk the
 * file system stays unmounted and every call below fails cleanly. */
#ifndef FILESYS_FILESYS_H
#define FILESYS_FILESYS_H

#include <stdbool.h>

#include "filesys/directory.h"
#include "filesys/off_t.h"

struct file;
struct dir;

/* Mounts the file-system disk (hd0:1) as the root volume, formatting it
 * first if FORMAT ("Formatting file system...done."), else checking it
 * (fsck, printing findings).  FORMAT also asks for every other disk to be
 * formatted the first time it is mounted during this boot.  BASIC_CACHE
 * selects the plain buffer cache (filesys/cache.h).  On a missing or
 * unusable disk prints why and stays unmounted. */
void filesys_init(bool format, bool basic_cache);

/* Writes everything back and unmounts what it can.  Call once, at
 * shutdown. */
void filesys_done(void);

/* True between a successful filesys_init() and filesys_done(). */
bool filesys_mounted(void);

/* Writes every changed sector of every volume to its disk now (the buffer
 * cache otherwise writes them behind, filesys/cache.h).  Returns false if
 * a write failed (reported).  May sleep. */
bool filesys_sync(void);

/* Creates a file PATH of INITIAL_SIZE zero bytes.  Returns false if the
 * name exists already (as anything), a directory on the way is missing,
 * the last component is not a valid name (empty, over NAME_MAX, "." or
 * ".."), the path ends in '/', INITIAL_SIZE is negative or too large, the
 * volume is read-only, or the disk is full (nothing is leaked). */
bool filesys_create(dir *cwd, const char *path, off_t initial_size);

/* Creates an empty directory PATH.  Returns false as filesys_create(). */
bool filesys_mkdir(dir *cwd, const char *path);

/* Creates a symbolic link LINKPATH whose target is the path TARGET (which
 * need not exist).  Returns false as filesys_create(), or if TARGET is
 * empty or longer than PATH_MAX. */
bool filesys_symlink(dir *cwd, const char *target, const char *linkpath);

/* Opens PATH (a file or a directory; links followed).  Returns the new
 * file, or NULL if there is no such file, memory is short or the disk is
 * corrupt (reported). */
file *filesys_open(dir *cwd, const char *path);

/* As filesys_open(), but only an ordinary file: a directory gives NULL. */
file *filesys_open_file(dir *cwd, const char *path);

/* Deletes PATH: a file, a link (not what it points to), or an empty
 * directory other than a root or a mount point (see
 * filesys/directory.h for a directory still open or in use as a working
 * directory).  Returns false if there is none or it may not go.  Openers
 * keep using the data until they close it. */
bool filesys_remove(dir *cwd, const char *path);

/* A new handle on directory PATH (for chdir), or NULL if PATH is not a
 * directory. */
dir *filesys_open_dir(dir *cwd, const char *path);

/* Stores the next entry name of directory file DIR_FILE (opened by
 * filesys_open) in NAME, advancing its position; false at the end or if
 * DIR_FILE is not a directory.  "." and ".." never appear. */
bool filesys_readdir(file *dir_file, char name[NAME_MAX + 1]);

/* mount: attaches the file system on IDE disk CHANNEL/DEVICE (0 or 1
 * each) at the existing empty directory PATH, formatting it first
 * ("Formatting file system...done.") if the disk is blank (its first two
 * sectors are zeros: nothing to lose) or if the kernel was started with -f
 * and this disk was not mounted yet during this boot.  A disk that holds a
 * file system is checked (fsck) and must be clean.  Refuses (false): a
 * bad channel or device, a missing disk, the file-system, boot or swap
 * disk, a disk already mounted, a PATH that is not an empty directory or
 * is a volume's root or removed, a disk that is not a clean file system. */
bool filesys_mount(dir *cwd, const char *path, int channel, int device);

/* umount: detaches the volume whose root PATH names.  Refuses (false) the
 * root volume, a PATH that is not a mounted volume's root, and a volume in
 * use (an open file or directory in it, a working directory in it).
 * Writes the volume back. */
bool filesys_umount(dir *cwd, const char *path);

#endif /* FILESYS_FILESYS_H */
