# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(dir-1000) begin
(dir-1000) mkdir "big"
(dir-1000) create big/f0 ... big/f999
(dir-1000) readdir listed all 1000 entries once
(dir-1000) create "big/f500" again (must fail)
(dir-1000) remove big/f0, big/f2, ... big/f998
(dir-1000) readdir listed all 500 entries once
(dir-1000) open "big/f999"
(dir-1000) end
EOF
pass;
