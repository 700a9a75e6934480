# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(dup2-complex) begin
(dup2-complex) create "out.txt"
(dup2-complex) open "out.txt"
(dup2-complex) save the console as fd 30
(dup2-complex) redirect fd 1 into "out.txt"
child: exit(0)
(dup2-complex) console restored; child exited with 0
(dup2-complex) position after the parent's line
(dup2-complex) open "out.txt" for verification
(dup2-complex) verified contents of "out.txt"
(dup2-complex) close "out.txt"
(dup2-complex) printed through fd 30
(dup2-complex) end
dup2-complex: exit(0)
EOF
pass;
