# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(dup2-simple) begin
(dup2-simple) open "sample.txt"
(dup2-simple) dup2(fd, 0x1CE)
(dup2-simple) read first half through the original
(dup2-simple) read second half through the copy
(dup2-simple) compare with sample.txt
(dup2-simple) dup2() of an fd onto itself
(dup2-simple) close the original
(dup2-simple) the copy still reads
(dup2-simple) dup2() of a closed fd fails
(dup2-simple) end
dup2-simple: exit(0)
EOF
pass;
