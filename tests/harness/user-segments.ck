# -*- perl -*-
# readelf's program headers of tests/userprog-extra/no-data, a program with
# no data: one PT_LOAD (code, read and execute, at 0x400000) and the
# non-executable stack, and no empty writable PT_LOAD.
use strict;
use warnings;
use tests::tests;
our ($test);
my @output = read_text_file ("$test.output");
my @loads = grep (/^\s*LOAD\s/, @output);
fail "expected one LOAD segment, found " . scalar (@loads) . ":\n", @output
  if @loads != 1;
fail "the LOAD segment is not code at 0x400000:\n", @loads
  if $loads[0] !~ /\s0x0*400000\s.*\sR E\s/;
fail "no GNU_STACK segment:\n", @output if !grep (/GNU_STACK/, @output);
pass;
