# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(fork-boundary) begin
(fork-boundary) child run
child: exit(42)
(fork-boundary) Parent: child exit status is 42
(fork-boundary) end
fork-boundary: exit(0)
EOF
pass;
