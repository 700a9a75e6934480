/* filesys/fsutil.h -- the file-system actions of the kernel command line.
 *
 * Layer: filesys/, above filesys.h; called by kernel/init.cc, one action at
 * a time from the boot thread, in command-line order.  Each takes ARGV with
 * ARGV[0] the action's name and ARGV[1] its argument, if any.  Failures are
 * printed ("ls: ...", "extract: ...") and never panic.
 *
 *   ls           lists the root directory
 *   cat FILE     hex dump of FILE
 *   rm FILE      deletes FILE
 *   extract      copies every file of the ustar archive on the scratch disk
 *                (hd1:0) into the file system, then erases the archive
 *   put FILE     copies just FILE out of that archive (the standard
 *                Pintos action; the archive stays)
 *   append FILE  appends FILE to a ustar archive on the scratch disk; the
 *                first append of a boot starts the archive at sector 0,
 *                later ones continue it, each ending it with the two zero
 *                blocks (how tools/pintos -g gets files out); the
 *                standard Pintos name `get FILE` is the same action */
#ifndef FILESYS_FSUTIL_H
#define FILESYS_FSUTIL_H

void fsutil_ls(char **argv);
void fsutil_cat(char **argv);
void fsutil_rm(char **argv);
void fsutil_extract(char **argv);
void fsutil_put(char **argv);
void fsutil_append(char **argv);

#endif /* FILESYS_FSUTIL_H */
