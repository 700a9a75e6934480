# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(unit-bitmap) begin
(unit-bitmap) random operations against a model ok
(unit-bitmap) allocation in a caller's buffer ok
(unit-bitmap) bitmap_dump:
0000000000000000  f1 0f 02
(unit-bitmap) end
EOF
pass;
