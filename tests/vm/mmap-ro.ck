# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_USER_FAULTS => 1, [<<'EOF']);
(mmap-ro) begin
(mmap-ro) open "sample.txt"
(mmap-ro) mmap "sample.txt" read-only
(mmap-ro) compare mmap'd data against sample
(mmap-ro) write into the read-only mapping
mmap-ro: exit(-1)
EOF
pass;
