# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(swap-file) begin
(swap-file) create "large.txt"
(swap-file) open "large.txt"
(swap-file) write "large.txt"
(swap-file) open "large.txt" again
(swap-file) mmap "large.txt"
(swap-file) read the mapping
(swap-file) touched 2560 pages of anonymous memory
(swap-file) read the mapping again
(swap-file) anonymous memory is intact
(swap-file) end
swap-file: exit(0)
EOF
pass;
