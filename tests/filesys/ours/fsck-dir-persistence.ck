# -*- perl -*-
# After the repair the disk is consistent (check_archive fails on any
# fsck line at this boot) and holds what it should.
use strict;
use warnings;
use tests::tests;
my $keep = join('', map { chr($_ % 251) } 0 .. 2999);
check_archive ({"keep" => [$keep], "twin-a" => [''], "new" => ["\0" x 2000],
                "sub" => {"inner" => ["\0" x 5]}});
pass;
