# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected([<<'EOF']);
(alarm-negative) begin
(alarm-negative) PASS
(alarm-negative) end
EOF
pass;
