# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_USER_FAULTS => 1, [<<'EOF']);
(mmap-unmap) begin
(mmap-unmap) open "sample.txt"
(mmap-unmap) mmap "sample.txt"
(mmap-unmap) memory is readable 1919111970
(mmap-unmap) memory is readable 0
mmap-unmap: exit(-1)
EOF
pass;
