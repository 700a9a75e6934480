# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-exit) begin
(child-mm-wrt) begin
(child-mm-wrt) create "sample.txt"
(child-mm-wrt) open "sample.txt"
(child-mm-wrt) mmap "sample.txt"
(child-mm-wrt) end
child-mm-wrt: exit(0)
(mmap-exit) open "sample.txt" for verification
(mmap-exit) verified contents of "sample.txt"
(mmap-exit) close "sample.txt"
(mmap-exit) end
mmap-exit: exit(0)
EOF
pass;
