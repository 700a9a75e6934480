# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(unit-string) begin
(unit-string) memory functions ok
(unit-string) string functions ok
(unit-string) strlcpy and strlcat ok
(unit-string) strtok_r ok
(unit-string) end
EOF
pass;
