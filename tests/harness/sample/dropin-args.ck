# -*- perl -*-
use strict;
use warnings;
use tests::tests;
use tests::cksum;
use tests::random;
our ($test);

# The kernel options of the Make.tests fragment reached the kernel.
my @output = read_text_file ("$test.output");
my ($cmdline) = grep (/^Kernel command line:/, @output);
fail "no kernel command line\n" if !defined $cmdline;
fail "KERNELFLAGS += -rs=7 was not honoured: $cmdline\n" if $cmdline !~ / -rs=7 /;

# The source tree: where tests/tests.pm was loaded from.
my ($src) = $INC{'tests/tests.pm'} =~ m{^(.*)/tests/tests\.pm$};
my $sum = cksum_file ("$src/tests/dropin/data.txt");
random_init (0);
my $random = random_ulong ();
check_expected ([<<EOF]);
(dropin-args) begin
(dropin-args) open "data.txt"
(dropin-args) read "data.txt"
(dropin-args) cksum: $sum
(dropin-args) random: $random
(dropin-child) argv[0] = 'dropin-child'
(dropin-child) argv[1] = 'two'
(dropin-child) argv[2] = 'words'
dropin-child: exit(3)
(dropin-args) fork
(dropin-args) child: 3
(dropin-args) end
dropin-args: exit(0)
EOF
pass;
