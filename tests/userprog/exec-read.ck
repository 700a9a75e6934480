# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(exec-read) begin
(exec-read) open "sample.txt"
(exec-read) read "sample.txt"
(exec-read) exec "child-read"
(exec-read) fork
(child-read) begin
(child-read) read from inherited fd
(child-read) end
child-read: exit(0)
(exec-read) wait for child
(exec-read) read "sample.txt" again
(exec-read) end
exec-read: exit(0)
EOF
pass;
