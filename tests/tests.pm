# tests/tests.pm -- the checks every test's .ck script shares.
#
# A checker runs from the repository root as
#
#     perl -I. tests/AREA/NAME.ck build/tests/AREA/NAME build/tests/AREA/NAME.result
#
# Loading this module reads the run's console output, "$ARGV[0].output",
# into @output (one line per element, newline removed) and sets $test to
# $ARGV[0].  The .ck script then judges @output and ends in pass() or
# fail(), which write the .result file: its first line is PASS or FAIL, the
# lines after it say why.  A typical checker:
#
#     use strict; use warnings; use tests::tests;
#     check_expected([<<'EOF']);
#     (args) begin
#     (args) end
#     args: exit(0)
#     EOF
#     pass;
#
# Exported:
#   $test, @output
#   check_expected([OPTION => VALUE, ...,] [EXPECTED, ...])
#       the common checks, then the lines between `Executing '...':` and
#       `Execution of '...' complete.` compared with each EXPECTED (a
#       here-doc string or an array ref of lines): one must match.
#       Options: IGNORE_EXIT_CODES => 1 drops `NAME: exit(N)` lines from
#       both sides; IGNORE_USER_FAULTS => 1 drops the kernel's report of a
#       user fault (`Page fault at ...` and similar) from the output.
#   common_checks(RUN_NAME, @output)   boot, shutdown, PANIC, FAIL, TIMEOUT
#   get_core_output(RUN_NAME, @output) the lines of the run itself
#   compare_output(RUN_NAME, \@ACTUAL, \@EXPECTED_LIST, OPTION => VALUE...)
#       returns the expected output that matched, or fails with a diff
#   pass, fail(MESSAGE...)             write the .result and exit
#   read_text_file(FILE), read_binary_file(FILE)
#   diff_lines(\@EXPECTED, \@ACTUAL)   a readable +/- diff, as lines
#   check_archive(\%TREE)   the persistence check: tests/filesys/archive.pm
package tests::tests;

use strict;
use warnings;
use Exporter qw(import);

our @EXPORT = qw($test @output check_expected common_checks get_core_output
                 compare_output pass fail read_text_file read_binary_file
                 diff_lines check_archive);

our ($test, $result_file) = @ARGV;
our @output;

# Writes the .result file (or stdout when none was named).
sub write_result {
    my (@lines) = @_;
    my $text = join('', map { "$_\n" } @lines);
    if (defined $result_file) {
        open my $fh, '>', $result_file or die "$result_file: $!\n";
        print $fh $text;
        close $fh or die "$result_file: $!\n";
    } else {
        print $text;
    }
}

# pass: the test passed.  Never returns.
sub pass {
    write_result('PASS');
    exit 0;
}

# fail(MESSAGE...): the test failed; MESSAGE (one or more lines, or strings
# with embedded newlines) says why.  Never returns.
sub fail {
    my (@message) = @_;
    my @lines = map { $_ eq "" ? ("") : split(/\n/, $_) } @message;
    write_result('FAIL', @lines);
    exit 1;
}

sub read_binary_file {
    my ($file) = @_;
    open my $fh, '<:raw', $file or fail("cannot read $file: $!");
    local $/;
    return scalar(<$fh> // '');
}

# Returns FILE's lines without their line ends.
sub read_text_file {
    my ($file) = @_;
    my @lines = split /\n/, read_binary_file($file), -1;
    pop @lines if @lines && $lines[-1] eq '';   # after the last newline
    s/\r$// for @lines;
    return @lines;
}

if (defined $test) {
    fail("$test.output is missing: the test did not run") unless -e "$test.output";
    @output = read_text_file("$test.output");
}

# ---------------------------------------------------------------------------
# Common checks.

# The build directory that holds the test, e.g. "build" for
# "build/tests/threads/alarm-single".
sub build_dir {
    return ($test // '') =~ m{^(.*?)/?tests/} ? ($1 eq '' ? '.' : $1) : 'build';
}

# Returns the lines from LINE_INDEX on that belong to a panic report, with
# the call stack translated by tools/backtrace when it can be.
sub panic_report {
    my ($first, @lines) = @_;
    # Start at the interrupt report that led to the panic, if there is one.
    for my $i (reverse max(0, $first - 12) .. $first - 1) {
        if ($lines[$i] =~ /^Interrupt 0x/) { $first = $i; last }
    }
    my $last = $first;
    $last++ while $last + 1 < @lines && $last - $first < 30
        && $lines[$last + 1] !~ /^(Timer: |Powering off|TIMEOUT)/;
    my @report = @lines[$first .. $last];
    my ($stack) = grep { /Call stack:/ } @report;
    my $kernel = build_dir() . '/kernel.elf';
    if ($stack && -f $kernel && -f 'tools/backtrace') {
        my @trace = `perl tools/backtrace $kernel '$stack' 2>/dev/null`;
        chomp @trace;
        push @report, '', 'Translation of the call stack:', @trace if @trace;
    }
    return @report;
}

# common_checks(RUN_NAME, @output): fails unless the kernel booted once,
# finished booting, did not panic, print FAIL or time out, and powered off.
sub common_checks {
    my ($run, @lines) = @_;
    fail("$run: the output is empty: the kernel printed nothing") unless @lines;

    for my $i (0 .. $#lines) {
        next unless $lines[$i] =~ /PANIC/;
        fail("$run: the kernel panicked:", panic_report($i, @lines));
    }
    my @boots = grep { /Pintos booting/ } @lines;
    fail("$run: no 'Pintos booting' line: the kernel did not start") unless @boots;
    fail("$run: 'Pintos booting' appears " . scalar(@boots) . " times: the machine "
         . "rebooted (a triple fault?)") if @boots > 1;
    if (my @failed = grep { /FAIL/ } @lines) {
        fail("$run: the test reported failure:", @failed);
    }
    if (my ($timeout) = grep { /TIMEOUT/ } @lines) {
        fail("$run: the run was stopped: $timeout",
             'The last lines of the output:', @lines[max(0, $#lines - 10) .. $#lines]);
    }
    fail("$run: no 'Boot complete.' line: the kernel did not finish booting")
        unless grep { /^Boot complete\.$/ } @lines;
    fail("$run: no 'Timer: N ticks' and 'Powering off...' lines: the kernel "
         . "did not shut down properly")
        unless grep({ /^Timer: \d+ ticks/ } @lines) && grep({ /^Powering off/ } @lines);
}

sub max { return $_[0] > $_[1] ? $_[0] : $_[1] }

# get_core_output(RUN_NAME, @output): returns the lines between the first
# `Executing '...':` line and its `Execution of '...' complete.` line.
sub get_core_output {
    my ($run, @lines) = @_;
    my ($start) = grep { $lines[$_] =~ /^Executing '.*':$/ } 0 .. $#lines;
    fail("$run: no \"Executing '...':\" line: the program was never started")
        unless defined $start;
    my ($prog) = $lines[$start] =~ /^Executing '(.*)':$/;
    my ($end) = grep { $lines[$_] eq "Execution of '$prog' complete." } $start + 1 .. $#lines;
    fail("$run: no \"Execution of '$prog' complete.\" line: the run did not finish",
         'The last lines of the output:', @lines[max($start, $#lines - 10) .. $#lines])
        unless defined $end;
    return @lines[$start + 1 .. $end - 1];
}

# ---------------------------------------------------------------------------
# Comparing output.

# Kernel lines that report a user fault (IGNORE_USER_FAULTS).
my $USER_FAULT = qr{^(?:Page fault at |Interrupt 0x[0-9a-fA-F]+ \(|\S+: dying due to interrupt)|^\s+(?:r[a-z0-9]{1,2}|cr2|error|cs|ss|ds|es|fs|gs|rflags)[ =]};
# Exit lines (IGNORE_EXIT_CODES).
my $EXIT_LINE = qr{^[^\s:]+: exit\(-?\d+\)$};

# Turns an expected output (here-doc string or array ref) into lines.
sub expected_lines {
    my ($expected) = @_;
    return @$expected if ref $expected eq 'ARRAY';
    my @lines = split /\n/, $expected, -1;
    pop @lines if @lines && $lines[-1] eq '';
    return @lines;
}

# compare_output(RUN_NAME, \@ACTUAL, \@EXPECTED_LIST, OPTIONS...): returns
# the first expected output (as an array ref of lines) that the actual
# lines match after the options' filtering; fails with a diff against each
# acceptable output otherwise.
sub compare_output {
    my ($run, $actual, $expected_list, %options) = @_;
    my @actual = @$actual;
    my @alternatives = map { [expected_lines($_)] } @$expected_list;
    die "compare_output: no expected output given\n" unless @alternatives;
    if ($options{IGNORE_USER_FAULTS}) {
        @actual = grep { !/$USER_FAULT/ } @actual;
    }
    if ($options{IGNORE_EXIT_CODES}) {
        @actual = grep { !/$EXIT_LINE/ } @actual;
        @alternatives = map { [grep { !/$EXIT_LINE/ } @$_] } @alternatives;
    }
    for my $alt (@alternatives) {
        return $alt if same_lines($alt, \@actual);
    }
    my @message = ("$run: the output differs from the expected output.",
                   'Lines marked - were expected but missing, + were printed but not expected.');
    my $n = 0;
    for my $alt (@alternatives) {
        push @message, '', @alternatives > 1
            ? sprintf('Differences from acceptable output %d of %d:', ++$n, scalar @alternatives)
            : 'Differences:';
        push @message, diff_lines($alt, \@actual);
    }
    push @message, '', 'Actual output:', map { "  $_" } @actual;
    fail(@message);
}

sub same_lines {
    my ($a, $b) = @_;
    return 0 unless @$a == @$b;
    for my $i (0 .. $#$a) { return 0 if $a->[$i] ne $b->[$i] }
    return 1;
}

# diff_lines(\@EXPECTED, \@ACTUAL): returns lines "  same", "- expected
# only", "+ actual only", from a longest-common-subsequence match.
sub diff_lines {
    my ($a, $b) = @_;
    my ($n, $m) = (scalar @$a, scalar @$b);
    # lcs[i][j] = length of the LCS of a[i..] and b[j..].
    my @lcs = map { [(0) x ($m + 1)] } 0 .. $n;
    for (my $i = $n - 1; $i >= 0; $i--) {
        for (my $j = $m - 1; $j >= 0; $j--) {
            $lcs[$i][$j] = $a->[$i] eq $b->[$j] ? $lcs[$i + 1][$j + 1] + 1
                : max($lcs[$i + 1][$j], $lcs[$i][$j + 1]);
        }
    }
    my @diff;
    my ($i, $j) = (0, 0);
    while ($i < $n || $j < $m) {
        if ($i < $n && $j < $m && $a->[$i] eq $b->[$j]) {
            push @diff, "  $a->[$i]"; $i++; $j++;
        } elsif ($i < $n && ($j == $m || $lcs[$i + 1][$j] >= $lcs[$i][$j + 1])) {
            push @diff, "- $a->[$i]"; $i++;
        } else {
            push @diff, "+ $b->[$j]"; $j++;
        }
    }
    return @diff;
}

# check_expected([OPTION => VALUE, ...,] [EXPECTED, ...]): the usual
# checker body.  Returns the expected output that matched.
sub check_expected {
    my $expected = pop @_;
    my %options = @_;
    die "check_expected: the last argument must be an array ref\n"
        unless ref $expected eq 'ARRAY';
    common_checks('run', @output);
    my @core = get_core_output('run', @output);
    return compare_output('run', \@core, $expected, %options);
}

# ---------------------------------------------------------------------------
# The file-system persistence check lives with the file-system tests.

sub check_archive {
    require tests::filesys::archive;
    return tests::filesys::archive::check_archive(@_);
}

1;
