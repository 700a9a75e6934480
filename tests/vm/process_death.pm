# tests/vm/process_death.pm -- the checker of tests whose process must be
# killed, with the interface of the standard Pintos
# tests::vm::process_death module:
#
#   check_process_death (NAME)
#       after the common checks, the run's first line must be "(NAME)
#       begin", a line "NAME: exit(-1)" must follow, and "(NAME) end" must
#       not appear.  Passes or fails (never returns).
use strict;
use warnings;
use tests::tests;

sub check_process_death
  {
    my ($name) = @_;
    our ($test);
    my @output = read_text_file ("$test.output");
    common_checks ("run", @output);
    @output = get_core_output ("run", @output);

    fail "First line of output is not `($name) begin' message.\n"
      if !@output || $output[0] ne "($name) begin";
    fail "Output missing '$name: exit(-1)' message.\n"
      if !grep ($_ eq "$name: exit(-1)", @output);
    fail "Output contains '($name) end' message.\n"
      if grep ($_ eq "($name) end", @output);
    pass;
  }

1;
