# -*- perl -*-
use strict;
use warnings;
use tests::tests;
my $children = '';
for my $i (0 .. 49) {
    $children .= "leak-grandchild: exit(7)\n" if $i % 10 == 9;
    $children .= "leak-child: exit($i)\n";
}
check_expected ([<<'EOF' . $children . <<'EOF']);
(cow-leak) begin
(cow-leak) fill 16 pages
(cow-leak) open "sample.txt"
(cow-leak) mmap "sample.txt" read-only
(cow-leak) mapped page holds "sample.txt"
(cow-leak) fork, run and wait for 50 children
EOF
(cow-leak) every child exited with its number as its status
(cow-leak) the parent's pages hold its own data
(cow-leak) the pages only the children touched are not present in the parent
(cow-leak) mapped page still holds "sample.txt"
(cow-leak) end
cow-leak: exit(0)
EOF
pass;
