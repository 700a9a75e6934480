# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(cow-chain) begin
(cow-chain) fill 11 pages
(cow-chain) write page 0: same frame
(cow-chain) fork gen1
(gen1) pages hold what the ancestors wrote before their forks
(gen1) every page shares the parent's frame
(gen1) write page 2: a frame of its own
(gen1) fork gen2
(gen2) pages hold what the ancestors wrote before their forks
(gen2) every page shares the parent's frame
(gen2) write page 4: a frame of its own
(gen2) fork gen3
(gen3) pages hold what the ancestors wrote before their forks
(gen3) every page shares the parent's frame
(gen3) write page 6: a frame of its own
(gen3) fork gen4
(gen4) pages hold what the ancestors wrote before their forks
(gen4) every page shares the parent's frame
(gen4) write page 8: a frame of its own
(gen4) write page 9: a frame of its own
(gen4) pages hold the ancestors' data and its own
gen4: exit(4)
(gen3) gen4 exited with status 4
(gen3) pages hold its own writes and none of its descendants'
(gen3) the pages it never wrote kept their frames
gen3: exit(3)
(gen2) gen3 exited with status 3
(gen2) pages hold its own writes and none of its descendants'
(gen2) the pages it never wrote kept their frames
gen2: exit(2)
(gen1) gen2 exited with status 2
(gen1) pages hold its own writes and none of its descendants'
(gen1) the pages it never wrote kept their frames
gen1: exit(1)
(cow-chain) gen1 exited with status 1
(cow-chain) pages hold its own writes and none of its descendants'
(cow-chain) the pages it never wrote kept their frames
(cow-chain) write page 10: same frame
(cow-chain) page 10 holds the new data
(cow-chain) end
cow-chain: exit(0)
EOF
pass;
