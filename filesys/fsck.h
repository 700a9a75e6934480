/* filesys/fsck.h -- checking a volume before it is used.
 *
 * Layer: filesys/, called by volume.cc when a disk is mounted (at boot and
 * by the mount call), after the free map is loaded and before anything
 * else reads the volume.
 *
 * The check walks the tree from the root, reading every inode, index
 * block and directory entry (not file data), and marks each sector it
 * finds in use in a bitmap of its own.  It finds:
 *
 *   bad entries   a directory entry with a bad name (empty, over 14
 *                 characters, '/', ".", ".."), a duplicate name, or an
 *                 inode sector outside the disk, reserved (the free map,
 *                 the root: an alias), already reached from another entry
 *                 or from a file's data, or not holding a valid inode
 *   bad parents   a directory whose ".." (parent sector) is not the
 *                 directory holding it
 *   damage        an inode whose index tree points outside the disk or at
 *                 a sector something else uses, or an unreadable sector
 *   map errors    sectors in use that the free map calls free (they would
 *                 be handed out twice), and sectors marked in use that
 *                 nothing reaches (leaked)
 *
 * With FSCK_REPAIR (boot), it prints one line per finding ("fsck: hd0:1:
 * ...") and repairs what has one right answer: bad entries are removed
 * (the inode they name, if any, is not touched), parent links rewritten,
 * the free map corrected.  Damage has no such answer: then nothing is
 * written, and the caller mounts the volume read-only.  With FSCK_QUIET
 * (the mount call, between a program's lines) it prints and changes
 * nothing and the caller refuses any disk that is not clean.
 *
 * Memory: a bitmap of one bit per sector and a queue of directories, both
 * freed before returning.  May sleep; needs no lock held (nothing else
 * uses the volume yet). */
#ifndef FILESYS_FSCK_H
#define FILESYS_FSCK_H

struct volume;

enum fsck_mode { FSCK_REPAIR, FSCK_QUIET };

enum fsck_result {
  FSCK_CLEAN,    /* nothing found */
  FSCK_REPAIRED, /* findings, all repaired (FSCK_REPAIR only) */
  FSCK_DAMAGED,  /* findings it cannot repair, or not allowed to: nothing
                    was written */
  FSCK_FAILED,   /* out of memory, or the root itself is unusable */
};

/* Checks V (see above). */
fsck_result fsck_volume(volume *v, fsck_mode mode);

#endif /* FILESYS_FSCK_H */
