# -*- perl -*-
use strict;
use warnings;
use tests::tests;
# Levels 0-9 stay: dirN holds fileN+1 and dirN+1; dir9 is empty.
my $tree = {};
my $level = $tree;
for my $i (0 .. 9) {
    $level->{"file$i"} = ["contents $i\n"];
    $level = $level->{"dir$i"} = {};
}
check_archive ({"start" => $tree});
pass;
