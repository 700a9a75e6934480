# -*- perl -*-
# ping and pong lead nowhere and d/up leads back up the tree: tar leaves
# all three out, silently.
use strict;
use warnings;
use tests::tests;
check_archive ({"file" => [''], "d" => {}});
pass;
