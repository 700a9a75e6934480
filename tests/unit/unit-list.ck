# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(unit-list) begin
(unit-list) push, pop, insert, remove ok
(unit-list) splice ok
(unit-list) reverse ok
(unit-list) sort ok
(unit-list) insert_ordered and unique ok
(unit-list) max and min ok
(unit-list) list_entry on a polymorphic class ok
(unit-list) end
EOF
pass;
