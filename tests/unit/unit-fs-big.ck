# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected([<<'EOF']);
(unit-fs-big) wrote 2 MB
(unit-fs-big) read 2 MB back
(unit-fs-big) rewrote 100 kB across the index boundaries
(unit-fs-big) created a second 2 MB file
(unit-fs-big) removed both; all sectors free again
(unit-fs-big) PASS
EOF
pass;
