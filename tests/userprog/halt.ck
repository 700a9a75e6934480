# -*- perl -*-
# halt powers off at once: "begin" is printed, nothing after it, and the
# run has no "Execution of ... complete." line (checked by hand, not with
# check_expected, for that reason).
use strict;
use warnings;
use tests::tests;
our ($test);
my @output = read_text_file ("$test.output");
common_checks ("run", @output);
fail "missing 'begin' message\n" if !grep ($_ eq '(halt) begin', @output);
fail "found 'FAIL' message--halt didn't really halt\n"
  if grep (/^\(halt\) FAIL/, @output);
fail "found 'end' message--halt didn't really halt\n" if grep ($_ eq '(halt) end', @output);
pass;
