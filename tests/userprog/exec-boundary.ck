# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF', <<'EOF']);
(exec-boundary) begin
(child-simple) run
child-simple: exit(81)
EOF
(exec-boundary) begin
(child-simple) run
exec-boundary: exit(81)
EOF
pass;
