# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(unit-cmdline) begin
(unit-cmdline) [-q run alarm-single] -> 3 words
(unit-cmdline) [   -q    ls  ] -> 2 words
(unit-cmdline) [run 'args-single onearg'] -> 2 words
(unit-cmdline) [run "echo 'x' \"y\" \\"] -> 2 words
(unit-cmdline) [a'b c'd] -> 1 words
(unit-cmdline) [] -> 0 words
(unit-cmdline) unterminated quote rejected
(unit-cmdline) too many words rejected
(unit-cmdline) end
EOF
pass;
