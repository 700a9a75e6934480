# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-off) begin
(mmap-off) create "large.txt"
(mmap-off) open "large.txt"
(mmap-off) write "large.txt"
(mmap-off) open "large.txt" again
(mmap-off) mmap "large.txt" from offset 0x1000
(mmap-off) compare mmap'd data against the file
(mmap-off) end
mmap-off: exit(0)
EOF
pass;
