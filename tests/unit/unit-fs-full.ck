# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected([<<'EOF']);
(unit-fs-full) creations too big for the disk fail
(unit-fs-full) a write on a full disk returns a short count
(unit-fs-full) the data written before the disk filled is intact
(unit-fs-full) a create on a full disk fails
(unit-fs-full) removing the file frees every sector
(unit-fs-full) PASS
EOF
pass;
