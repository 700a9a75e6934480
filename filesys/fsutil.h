/* filesys/fsutil.h -- the file-system actions of the kernel command line.
 *
 * Layer: filesys/, above filesys.h; called by kernel/init.cc, one action at
 * a time from the boot thread, in command-line order.  Each takes ARGV with
 * ARGV[0] the action's name and ARGV[1] its argument, if any.  Failures are
 * printed ("ls: ...", "extract: ...") and never panic.
 *
 *   ls           lists the root directory
 *   cat FILE     hex dump of FILE
 *   rm FILE      deletes FILE (or an empty directory)
 *   extract      copies every file and directory of the ustar archive on
 *                the scratch disk (hd1:0) into the file system (a member
 *                "a/b" goes into directory a, which must come first), writes
 *                it all to the disk, then erases the archive
 *   put FILE     copies just FILE out of that archive (the standard
 *                Pintos action; the archive stays) and writes it to the disk
 *   append FILE  appends FILE to a ustar archive on the scratch disk; the
 *                first append of a boot starts the archive at sector 0,
 *                later ones continue it, each ending it with the two zero
 *                blocks (how tools/pintos -g gets files out); the
 *                standard Pintos name `get FILE` is the same action
 *
 * FILE is a path, absolute or relative to the root (filesys/path.h).
 * extract and put write what they copied to the disk at once: the
 * programs that run next find only their own writes in the buffer cache
 * (the buffer cache test counts them). */
#ifndef FILESYS_FSUTIL_H
#define FILESYS_FSUTIL_H

void fsutil_ls(char **argv);
void fsutil_cat(char **argv);
void fsutil_rm(char **argv);
void fsutil_extract(char **argv);
void fsutil_put(char **argv);
void fsutil_append(char **argv);

#endif /* FILESYS_FSUTIL_H */
