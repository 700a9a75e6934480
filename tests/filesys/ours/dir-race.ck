# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(dir-race) begin
(dir-race) mkdir "r"
(dir-race) fork a child that races with us
(dir-race) wait for the child
(dir-race) open "r"
(dir-race) "r" is empty
(dir-race) open "r/d" (must fail)
(dir-race) end
EOF
pass;
