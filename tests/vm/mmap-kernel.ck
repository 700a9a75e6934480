# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-kernel) begin
(mmap-kernel) open "sample.txt"
(mmap-kernel) try to mmap at KERN_BASE
(mmap-kernel) try to mmap across KERN_BASE
(mmap-kernel) try to mmap a range that wraps around
(mmap-kernel) end
mmap-kernel: exit(0)
EOF
pass;
