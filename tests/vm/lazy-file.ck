# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(lazy-file) begin
(lazy-file) create "large.txt"
(lazy-file) open "large.txt"
(lazy-file) write "large.txt"
(lazy-file) open "large.txt" again
(lazy-file) mmap "large.txt"
(lazy-file) no page is loaded before it is touched
(lazy-file) read page 0
(lazy-file) read page 3
(lazy-file) only the touched pages are loaded
(lazy-file) read the whole mapping
(lazy-file) end
lazy-file: exit(0)
EOF
pass;
