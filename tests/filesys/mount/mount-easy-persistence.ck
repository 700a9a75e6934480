# -*- perl -*-
# The second disk is not mounted when tar runs: /a is the empty mount
# point on the first one.
use strict;
use warnings;
use tests::tests;
check_archive ({"a" => {}});
pass;
