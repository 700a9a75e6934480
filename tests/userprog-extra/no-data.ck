# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(no-data) a program without data runs
no-data: exit(0)
EOF
pass;
