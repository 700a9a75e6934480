# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(swap-anon) begin
(swap-anon) wrote 4096 pages
(swap-anon) read back 4096 pages
(swap-anon) end
swap-anon: exit(0)
EOF
pass;
