/* tests/userprog/rox-multichild.c -- see rox-child.inc; five nested
 * children. */
#define CHILD_CNT "5"
#include "tests/userprog/rox-child.inc"
