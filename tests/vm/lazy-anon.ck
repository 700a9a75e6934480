# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(lazy-anon) begin
(lazy-anon) no BSS page is loaded before it is touched
(lazy-anon) read page 2: zero
(lazy-anon) write page 5
(lazy-anon) only the touched pages are loaded
(lazy-anon) all pages read as zero (except the one written)
(lazy-anon) end
lazy-anon: exit(0)
EOF
pass;
