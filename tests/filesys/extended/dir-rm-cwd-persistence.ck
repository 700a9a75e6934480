# -*- perl -*-
use strict;
use warnings;
use tests::tests;
# The test may remove its working directory or refuse to: which one it did
# decides what the disk holds.
our ($test);
(my $run = $test) =~ s/-persistence$//;
my $removed = grep { $_ eq '(dir-rm-cwd) remove successful' } read_text_file("$run.output");
check_archive ($removed ? {} : {"a" => {}});
pass;
