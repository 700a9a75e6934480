# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(unit-hash) begin
(unit-hash) insert and find ok
(unit-hash) iteration ok
(unit-hash) replace and delete ok
(unit-hash) apply ok
(unit-hash) clear and destroy ok
(unit-hash) single bucket ok
(unit-hash) clone ok
(unit-hash) hash functions ok
(unit-hash) end
EOF
pass;
