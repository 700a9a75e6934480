# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_USER_FAULTS => 1, [<<'EOF']);
(pt-bad-addr) begin
pt-bad-addr: exit(-1)
EOF
pass;
