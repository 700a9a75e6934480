# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(dropin-wrong) begin
(dropin-wrong) this line is never printed
(dropin-wrong) end
dropin-wrong: exit(0)
EOF
pass;
