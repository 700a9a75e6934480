# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(fork-read) begin
(fork-read) open "sample.txt"
(fork-read) read first 10 bytes
(fork-read) child read 20 bytes
child: exit(0)
(fork-read) wait for child
(fork-read) parent reads the same 20 bytes
(fork-read) end
fork-read: exit(0)
EOF
pass;
