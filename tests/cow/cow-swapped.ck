# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(cow-swapped) begin
(cow-swapped) fill 2048 pages (8 MB)
(cow-swapped) fork child
(child) all 2048 pages hold the parent's data
(child) write the odd pages
(child) odd pages hold the child's data, even pages the parent's
child: exit(42)
(cow-swapped) child exited with status 42
(cow-swapped) the parent's 2048 pages hold its own data
(cow-swapped) end
cow-swapped: exit(0)
EOF
pass;
