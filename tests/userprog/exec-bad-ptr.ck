# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_USER_FAULTS => 1, [<<'EOF']);
(exec-bad-ptr) begin
exec-bad-ptr: exit(-1)
EOF
pass;
