# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(fork-close) begin
(fork-close) open "sample.txt"
(fork-close) child closes "sample.txt"
child: exit(0)
(fork-close) wait for child
(fork-close) verified contents of "sample.txt"
(fork-close) end
fork-close: exit(0)
EOF
pass;
