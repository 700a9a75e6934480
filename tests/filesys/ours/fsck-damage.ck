# -*- perl -*-
use strict;
use warnings;
use tests::tests;
our ($test);
my @fsck = map { s/\b\d+\b/N/gr } grep { /^fsck: / } read_text_file ("$test.output");
my @want = split /\n/, <<'EOF';
fsck: hd0:N: inode N: sector N is outside the disk, unreadable or used twice
fsck: hd0:N: N sectors marked in use are not used
fsck: hd0:N: damage that cannot be repaired: mounted read-only
EOF
fail (join ("\n", "The boot's fsck lines differ from the expected ones:",
            diff_lines (\@want, \@fsck))) if join ("\n", @fsck) ne join ("\n", @want);
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(fsck-damage) begin
(fsck-damage) open "keep"
(fsck-damage) verified contents of "keep"
(fsck-damage) write "keep" (must write nothing)
(fsck-damage) create "c" (must fail)
(fsck-damage) mkdir "d" (must fail)
(fsck-damage) remove "keep" (must fail)
(fsck-damage) symlink "l" (must fail)
(fsck-damage) end
EOF
pass;
