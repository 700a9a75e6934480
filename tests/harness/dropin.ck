# -*- perl -*-
# The facts tests/harness/dropin.sh reports about a sample standard-format
# test run through the harness in a scratch tree.
use strict;
use warnings;
use tests::tests;
our ($test);
my @output = read_text_file ("$test.output");
my @expected = split ("\n", <<'EOF');
without QEMU: make exit status non-zero
without QEMU: no output, result FAIL
without QEMU: the result quotes the errors
with QEMU: dropin-args an output, result PASS
with QEMU: dropin-wrong an output, result FAIL
again: up to date
EOF
for my $i (0 .. $#expected)
  {
    my $got = $output[$i] // '(nothing)';
    fail "expected: $expected[$i]\nbut got:  $got\n", @output[$i + 1 .. $#output]
      if $got ne $expected[$i];
  }
fail "unexpected lines:\n", @output[@expected .. $#output] if @output > @expected;
pass;
