/* tests/userprog/boundary.h -- data that straddles a page boundary.
 *
 * System calls must accept strings and buffers that begin on one page and
 * end on the next; these helpers place data that way. */
#ifndef TESTS_USERPROG_BOUNDARY_H
#define TESTS_USERPROG_BOUNDARY_H

/* An address on a page boundary with at least 4 kB of usable, zeroed
 * memory on both sides of it. */
char *get_boundary_area(void);

/* Copies SRC so that it crosses the page boundary (about half of it on each
 * side) and returns the copy. */
char *copy_string_across_boundary(const char *src);

#endif /* TESTS_USERPROG_BOUNDARY_H */
