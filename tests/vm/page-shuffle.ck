# -*- perl -*-
use strict;
use warnings;
use tests::tests;
# The checksums of a 128 kB buffer holding byte (i * 257) & 0xff at offset
# i, and after each of ten shuffle (buf, size, 1) calls from random seed 0.
my $init = 3115322833;
my @shuffle = (2274652418, 2281360714, 3504443700, 2850516818, 2406916757,
	       3377643430, 658047850, 493716582, 3359519593, 143675990);

check_expected (IGNORE_EXIT_CODES => 1, [<<EOF]);
(page-shuffle) begin
(page-shuffle) init: cksum=$init
(page-shuffle) shuffle 0: cksum=$shuffle[0]
(page-shuffle) shuffle 1: cksum=$shuffle[1]
(page-shuffle) shuffle 2: cksum=$shuffle[2]
(page-shuffle) shuffle 3: cksum=$shuffle[3]
(page-shuffle) shuffle 4: cksum=$shuffle[4]
(page-shuffle) shuffle 5: cksum=$shuffle[5]
(page-shuffle) shuffle 6: cksum=$shuffle[6]
(page-shuffle) shuffle 7: cksum=$shuffle[7]
(page-shuffle) shuffle 8: cksum=$shuffle[8]
(page-shuffle) shuffle 9: cksum=$shuffle[9]
(page-shuffle) end
EOF
pass;
