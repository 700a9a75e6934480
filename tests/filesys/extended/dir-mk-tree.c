/* tests/filesys/extended/dir-mk-tree.c -- directories /0/0/0 through
 * /3/2/2 with four files in each of the deepest. */
#include "tests/filesys/extended/mk-tree.h"
#include "tests/main.h"

void test_main(void) { make_tree(4, 3, 3, 4); }
