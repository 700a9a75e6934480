/* tests/filesys/extended/mk-tree.h -- a tree of directories and files. */
#ifndef TESTS_FILESYS_EXTENDED_MK_TREE_H
#define TESTS_FILESYS_EXTENDED_MK_TREE_H

/* Makes directories /A/B/C for A < AT, B < BT, C < CT and in each of the
 * deepest ones empty files D < DT, quietly; then opens and closes
 * /0/(BT-1)/0/(DT-1), saying so. */
void make_tree(int at, int bt, int ct, int dt);

#endif /* TESTS_FILESYS_EXTENDED_MK_TREE_H */
