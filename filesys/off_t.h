/* filesys/off_t.h -- byte offsets and sizes within a file.
 *
 * Signed, so that "no position" and differences can be expressed, and 32
 * bits wide as in Pintos: files are far smaller than 2 GiB.  Kept in its
 * own header so that code needing only the type (userprog, vm) does not
 * pull in the file system. */
#ifndef FILESYS_OFF_T_H
#define FILESYS_OFF_T_H

#include <stdint.h>

typedef int32_t off_t;

/* printf() conversion for off_t ("%" PROTd). */
#define PROTd "d"

#endif /* FILESYS_OFF_T_H */
