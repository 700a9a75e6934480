# -*- perl -*-
# The exit order and what each child does with page 0 come from the
# pseudo-random generator seeded with 1 (SEED in cow-many.c).
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(cow-many) begin
(cow-many) exit order: child1 child5 child2 child0 child4 child6 child7 child3
(cow-many) child0 writes page 0 early
(cow-many) child1 only reads page 0
(cow-many) child2 writes page 0 on its turn
(cow-many) child3 writes page 0 on its turn
(cow-many) child4 only reads page 0
(cow-many) child5 only reads page 0
(cow-many) child6 writes page 0 early
(cow-many) child7 writes page 0 on its turn
(cow-many) fill 2 pages
(cow-many) create "turn"
(cow-many) open "turn"
(cow-many) fork 8 children
(cow-many) let child1 exit
(child1) its pages shared the parent's frames at fork
(child1) its pages held the parent's data
(child1) page 0 (only read) still shares the parent's frame
(child1) page 0 still holds the parent's data
(child1) page 1 still shares the parent's frame
(child1) page 1 still holds the parent's data
child1: exit(11)
(cow-many) child1 exited with status 11
(cow-many) let child5 exit
(child5) its pages shared the parent's frames at fork
(child5) its pages held the parent's data
(child5) page 0 (only read) still shares the parent's frame
(child5) page 0 still holds the parent's data
(child5) page 1 still shares the parent's frame
(child5) page 1 still holds the parent's data
child5: exit(15)
(cow-many) child5 exited with status 15
(cow-many) let child2 exit
(child2) its pages shared the parent's frames at fork
(child2) its pages held the parent's data
(child2) its write to page 0 gave it a frame of its own
(child2) page 0 holds its own data
(child2) page 1 still shares the parent's frame
(child2) page 1 still holds the parent's data
child2: exit(12)
(cow-many) child2 exited with status 12
(cow-many) let child0 exit
(child0) its pages shared the parent's frames at fork
(child0) its pages held the parent's data
(child0) its write to page 0 gave it a frame of its own
(child0) page 0 holds its own data
(child0) page 1 still shares the parent's frame
(child0) page 1 still holds the parent's data
child0: exit(10)
(cow-many) child0 exited with status 10
(cow-many) let child4 exit
(child4) its pages shared the parent's frames at fork
(child4) its pages held the parent's data
(child4) page 0 (only read) still shares the parent's frame
(child4) page 0 still holds the parent's data
(child4) page 1 still shares the parent's frame
(child4) page 1 still holds the parent's data
child4: exit(14)
(cow-many) child4 exited with status 14
(cow-many) let child6 exit
(child6) its pages shared the parent's frames at fork
(child6) its pages held the parent's data
(child6) its write to page 0 gave it a frame of its own
(child6) page 0 holds its own data
(child6) page 1 still shares the parent's frame
(child6) page 1 still holds the parent's data
child6: exit(16)
(cow-many) child6 exited with status 16
(cow-many) let child7 exit
(child7) its pages shared the parent's frames at fork
(child7) its pages held the parent's data
(child7) its write to page 0 gave it a frame of its own
(child7) page 0 holds its own data
(child7) page 1 still shares the parent's frame
(child7) page 1 still holds the parent's data
child7: exit(17)
(cow-many) child7 exited with status 17
(cow-many) let child3 exit
(child3) its pages shared the parent's frames at fork
(child3) its pages held the parent's data
(child3) its write to page 0 gave it a frame of its own
(child3) page 0 holds its own data
(child3) page 1 still shares the parent's frame
(child3) page 1 still holds the parent's data
child3: exit(13)
(cow-many) child3 exited with status 13
(cow-many) the parent's pages hold its own data
(cow-many) the parent kept its frames
(cow-many) write both pages, no longer shared: same frames
(cow-many) end
cow-many: exit(0)
EOF
pass;
