# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(cow-simple) begin
(cow-simple) fill 2 pages: each has a frame
(cow-simple) fork child
(child) both pages share the parent's frames
(child) both pages hold the parent's data
(child) write page 0: it gets a frame of its own
(child) page 0 holds the child's data
(child) page 1 (only read) still shares the parent's frame
(child) page 1 still holds the parent's data
child: exit(42)
(cow-simple) child exited with status 42
(cow-simple) the parent's pages hold its own data
(cow-simple) the parent kept its frames
(cow-simple) write both pages, no longer shared: same frames
(cow-simple) both pages hold the new data
(cow-simple) end
cow-simple: exit(0)
EOF
pass;
