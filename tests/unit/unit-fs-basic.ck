# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected([<<'EOF']);
(unit-fs-basic) names: ok
(unit-fs-basic) read, write, grow: ok
(unit-fs-basic) deny write: ok
(unit-fs-basic) remove while open: ok
(unit-fs-basic) entry: a
(unit-fs-basic) entry: fourteen-chars
(unit-fs-basic) entry: sized
(unit-fs-basic) directory growth: ok
(unit-fs-basic) PASS
EOF
pass;
