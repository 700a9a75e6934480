# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected([<<'EOF']);
(unit-fs-sync) 4 writers and 2 readers finished
(unit-fs-sync) the shared file is complete
(unit-fs-sync) every sector is free again
(unit-fs-sync) PASS
EOF
pass;
