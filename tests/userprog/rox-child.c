/* tests/userprog/rox-child.c -- see rox-child.inc; one child. */
#define CHILD_CNT "1"
#include "tests/userprog/rox-child.inc"
