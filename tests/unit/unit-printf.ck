# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(unit-printf) begin
(unit-printf) integers ok
(unit-printf) flags ok
(unit-printf) width and precision ok
(unit-printf) length modifiers ok
(unit-printf) characters and strings ok
(unit-printf) pointers ok
(unit-printf) truncation ok
(unit-printf) 53 checks
(unit-printf) hex_dump:
0000000000001000  48 65 6c 6c 6f 2c 20 77-6f 72 6c 64 21 0a 01 ff |Hello, world!...|
0000000000002000                 48 65 6c-6c 6f 2c 20 77 6f 72 6c |     Hello, worl|
0000000000002010  64 21 0a 01 ff 61 62 63-64                      |d!...abcd       |
0000000000000000  48 65 6c 6c 6f
(unit-printf) end
EOF
pass;
