# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected([<<'EOF']);
(unit-fs-cache) written data reads back and is on disk after a flush
(unit-fs-cache) a second read of a sector does not reach the disk
(unit-fs-cache) 768 sectors through a 256-entry cache stay intact
(unit-fs-cache) consecutive dirty sectors go to disk in runs of up to a page
(unit-fs-cache) 4 threads sharing sectors lost no update
(unit-fs-cache) PASS
EOF
pass;
