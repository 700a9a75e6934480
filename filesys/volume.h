/* filesys/volume.h -- volumes: the file systems in use, one per disk.
 *
 * Layer: filesys/, between the block layer and everything that names a
 * sector: every inode, free-map bit and cached sector belongs to one
 * volume.  The root volume is the file-system disk (hd0:1) mounted at
 * boot; mount() adds a volume for another IDE disk on top of a directory
 * of an existing volume (its "covered" directory), umount() takes it away.
 *
 *     root volume (hd0:1)              volume on hd1:0
 *       /  (sector 1)
 *       +-- a  (covered) <------------- root (sector 1), covered = /a
 *       +-- b
 *
 * Path lookup crosses from a covered directory into the volume's root, and
 * ".." at a volume's root back to the covered directory's parent
 * (filesys/path.cc).  inode numbers (the `inumber` call) are the inode's
 * sector plus the volume's inumber_base, which depends only on the disk's
 * IDE slot: unique among mounted volumes and the same at every boot.
 *
 * Life cycle: volume_mount() (format if asked, fsck, free map, root) ...
 * volume_unmount() (refused while any inode of the volume other than its
 * root is open, or its root is held by anyone else: a working directory,
 * an open directory).  volume_unmount_all() at power-off writes everything
 * back.  The root volume lives until power-off.
 *
 * Locking: the mount table and every volume's `covered`/inode::mounted
 * link are guarded by the namespace lock (filesys/directory.h, dir_lock):
 * path lookup reads them under it, mount and umount change them under it.
 * The other fields are immutable while the volume is mounted, except the
 * free map, which has its own lock. */
#ifndef FILESYS_VOLUME_H
#define FILESYS_VOLUME_H

#include <stdint.h>

#include "devices/block.h"
#include "filesys/free-map.h"

struct inode;

struct volume {
  block *disk;
  uint32_t inumber_base;  /* Added to sector numbers for inumber(). */
  bool read_only;         /* fsck found damage: nothing is written. */
  struct inode *root;     /* The root directory, open while mounted. */
  struct inode *covered;  /* Directory mounted on (open), NULL for the root. */
  free_map map;
};

/* Largest inode number base step: disks of up to 2^27 sectors (64 GiB). */
constexpr uint32_t VOLUME_INUMBER_SHIFT = 27;

/* The root volume, or NULL when there is no usable file-system disk. */
extern volume *root_volume;

/* How volume_mount treats the disk. */
enum class mount_mode {
  CHECK,   /* fsck, printing what it finds and repairs */
  QUIET,   /* fsck, refusing a disk that needs any repair (mount syscall) */
  FORMAT,  /* write a new, empty file system first */
};

/* Sets up a volume for DISK: formats it (FORMAT: prints "Formatting file
 * system...done."), or checks it with fsck.  Returns the volume, or NULL
 * if the disk holds no usable file system, fsck refused it (QUIET), or
 * memory is short; reasons are reported (filesys/report.h).  The volume is
 * not attached anywhere yet.  May sleep. */
volume *volume_mount(block *disk, mount_mode mode);

/* Detaches nothing; releases V after volume_mount or a successful
 * detach: closes the root and the covered directory, writes V's cached
 * sectors back and forgets them, frees V.  Returns false if a write
 * failed (reported). */
bool volume_release(volume *v);

/* Finds the volume on DISK among the mounted ones.  Caller holds dir_lock. */
volume *volume_find_locked(block *disk);

/* Adds V to the mount table, covering directory COVERED (whose reference
 * V takes over).  Caller holds dir_lock. */
void volume_attach_locked(volume *v, struct inode *covered);

/* Removes V from the mount table if nothing else uses it: returns false
 * (changing nothing) if any inode of V other than its root is open, or the
 * root has openers besides V and EXTRA_ROOT_REFS.  Caller holds dir_lock. */
bool volume_detach_locked(volume *v, int extra_root_refs);

/* Unmounts every mounted volume (newest first) and finally the root one,
 * writing everything back.  Only at power-off.  Returns false if a write
 * failed. */
bool volume_unmount_all(void);

#endif /* FILESYS_VOLUME_H */
