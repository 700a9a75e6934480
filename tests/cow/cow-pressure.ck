# -*- perl -*-
use strict;
use warnings;
use tests::tests;
my $head = <<'EOF';
(cow-pressure) begin
(cow-pressure) fill 1536 pages (6 MB)
(cow-pressure) fork 2 children
EOF
my $tail = <<'EOF';
(cow-pressure) child-a exited with status 20
(cow-pressure) child-b exited with status 21
(cow-pressure) the parent read its 1536 pages while the children ran
(cow-pressure) the parent's pages hold its own data
(cow-pressure) write pages 2 modulo 4: the parent's pages hold its data
(cow-pressure) end
cow-pressure: exit(0)
EOF
# The children run side by side: either may exit first.
check_expected ([$head . "child-a: exit(20)\nchild-b: exit(21)\n" . $tail,
                 $head . "child-b: exit(21)\nchild-a: exit(20)\n" . $tail]);
pass;
