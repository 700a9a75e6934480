# tests/tests.pm -- the checks every test's .ck checker shares, with the
# interface and behaviour of the standard Pintos tests::tests module, so
# that standard checkers run here unchanged (and ours run with theirs).
#
# A checker runs in the build directory as
#
#     perl -I$(SRCDIR) $(SRCDIR)/tests/AREA/NAME.ck tests/AREA/NAME tests/AREA/NAME.result
#
# Like the standard module, this one defines its functions in package main
# (so a checker calls them without importing anything), sets $test to the
# first argument, and sends whatever the checker prints to a buffer that
# ends up in the .result file.  The console of the run is $test.output.
# A checker ends in pass() or fail(), which write $test.result (the second
# argument, if given): PASS or FAIL on the first line, then the messages;
# both print "pass TEST" or "FAIL TEST" and the messages on standard
# output, and exit 0.  A typical checker:
#
#     use strict; use warnings; use tests::tests;
#     check_expected ([<<'EOF']);
#     (args) begin
#     (args) end
#     args: exit(0)
#     EOF
#     pass;
#
# Functions (all in package main):
#   check_expected ([OPTION => 1, ...,] EXPECTED)
#       the common checks on $test.output, then compare_output() of the
#       run's own lines with EXPECTED.  Returns the key of the acceptable
#       output that matched.
#   common_checks (RUN, @OUTPUT)
#       fails unless the kernel booted once ("Pintos booting"), finished
#       booting ("Boot complete"), shut down ("Timer: N ticks", "Powering
#       off"), and printed no PANIC, FAIL or TIMEOUT.
#   check_for_panic, check_for_keyword (RUN, KEYWORD, @OUTPUT),
#   check_for_triple_fault: the parts of common_checks.
#   get_core_output (RUN, @OUTPUT)
#       the lines between "Executing 'PROG ...':" and "Execution of '...'
#       complete."; fails if either is missing.
#   compare_output (RUN, [OPTION => 1, ...,] \@OUTPUT, EXPECTED)
#       EXPECTED is a reference to an array of acceptable outputs, or to a
#       hash of them by name; each is one string of lines.  Returns the key
#       (array index + 1, or hash key) of the one the run's lines match
#       exactly; fails with a diff against each otherwise.  Options:
#       IGNORE_EXIT_CODES drops "NAME: exit(N)" lines from the run's lines,
#       IGNORE_USER_FAULTS the kernel's report of a user page fault.
#   pass (MESSAGE...), fail (MESSAGE...): the verdict; never return.
#   read_text_file (FILE): FILE's lines without line ends.
#   @prereq_tests: for TEST-persistence, TEST; fails at once unless its
#   result was PASS.

use strict;
use warnings;
use File::Basename qw(basename);

sub fail;
sub pass;

die "usage: perl -I SRCDIR CHECKER TEST [RESULT]\n" if @ARGV < 1 || @ARGV > 2;
our ($test, $result_file) = @ARGV;
$result_file = "$test.result" if !defined $result_file;

# What the checker prints is kept for the .result file.
my $messages = '';
open (my $message_fh, '>', \$messages) or die "tests.pm: $!\n";
select ($message_fh);

# A persistence test judges what the run of its base test left behind.
our @prereq_tests = ();
push (@prereq_tests, $1) if $test =~ /^(.*)-persistence$/;
for my $prereq (@prereq_tests)
  {
    my @result = -e "$prereq.result" ? read_text_file ("$prereq.result") : ('');
    fail "Prerequisite test $prereq failed.\n" if ($result[0] // '') ne 'PASS';
  }

# ---------------------------------------------------------------------------
# Generic checks.

sub check_expected
  {
    my $expected = pop @_;
    my @options = @_;
    my @output = read_text_file ("$test.output");
    common_checks ("run", @output);
    return compare_output ("run", @options, \@output, $expected);
  }

sub common_checks
  {
    my ($run, @output) = @_;

    fail "\u$run produced no output at all\n" if !@output;

    check_for_panic ($run, @output);
    check_for_keyword ($run, "FAIL", @output);
    check_for_triple_fault ($run, @output);
    check_for_keyword ($run, "TIMEOUT", @output);

    fail "\u$run didn't start up properly: no \"Pintos booting\" message\n"
      if !grep (/Pintos booting with/, @output);
    fail "\u$run didn't start up properly: no \"Boot complete\" message\n"
      if !grep (/Boot complete/, @output);
    fail "\u$run didn't shut down properly: no \"Timer: # ticks\" message\n"
      if !grep (/Timer: \d+ ticks/, @output);
    fail "\u$run didn't shut down properly: no \"Powering off\" message\n"
      if !grep (/Powering off/, @output);
  }

# Fails if the kernel panicked, quoting the panic and the call stack, with
# file and line numbers when the backtrace tool can add them.
sub check_for_panic
  {
    my ($run, @output) = @_;
    my ($panic) = grep (/PANIC/, @output);
    return if !defined $panic;

    print "Kernel panic in $run: ", substr ($panic, index ($panic, "PANIC")), "\n";
    my ($stack) = grep (/Call stack:/, @output);
    if (defined $stack)
      {
        my ($addresses) = $stack =~ /Call stack:(.*)$/;
        print "Call stack:$addresses\n";
        my $kernel = -e "kernel.o" ? "kernel.o" : -e "kernel.elf" ? "kernel.elf" : undef;
        if (defined $kernel)
          {
            my $translation = `backtrace $kernel $addresses 2>/dev/null`;
            print "Translation of call stack:\n$translation" if $translation ne '';
          }
      }
    fail;
  }

# Fails if a line of the output contains KEYWORD, quoting it (without the
# "(test-name) " prefix most lines have).
sub check_for_keyword
  {
    my ($run, $keyword, @output) = @_;
    my ($line) = grep (/$keyword/, @output);
    return if !defined $line;
    $line =~ s/^\([^\)]+\)\s+//;
    print "$run: $line\n";
    fail;
  }

# Fails if the machine booted more than once during the run.
sub check_for_triple_fault
  {
    my ($run, @output) = @_;
    my $reboots = grep (/Pintos booting/, @output) - 1;
    return if $reboots <= 0;
    print "\u$run spontaneously rebooted $reboots times.\n";
    print "This is most often caused by unhandled page faults (a triple fault).\n";
    fail;
  }

sub get_core_output
  {
    my ($run, @output) = @_;
    my ($start, $process, $end);

    for my $i (0 .. $#output)
      {
        if (($process) = $output[$i] =~ /^Executing '(\S+).*':$/)
          {
            $start = $i + 1;
            last;
          }
      }
    fail "\u$run didn't start a thread or process\n" if !defined $start;

    for my $i ($start .. $#output)
      {
        if ($output[$i] =~ /^Execution of '.*' complete\.$/)
          {
            $end = $i - 1;
            last;
          }
      }
    fail "\u$run started '$process' but it never finished\n" if !defined $end;

    return @output[$start .. $end];
  }

# The kernel's lines about a user page fault (IGNORE_USER_FAULTS): ours
# prints none; these are the standard kernel's.
sub is_user_fault_line
  {
    local ($_) = @_;
    return /^Page fault at.*in user context\.$/
      || /: dying due to interrupt 0x0e \(.*\)\.$/
      || /^Interrupt 0x0e \(.*\) at [er]ip=/
      || /^ cr2=.* error=.*/
      || /^ [er]ax=.* [er]bx=.* [er]cx=.* [er]dx=.*/
      || /^ [er]si=.* [er]di=.* [er]sp=.* [er]bp=.*/
      || /^ cs=.* ds=.* es=.* ss=.*/;
  }

sub compare_output
  {
    my $run = shift @_;
    my $expected = pop @_;
    my $output = pop @_;
    my %options = @_;

    my @output = get_core_output ($run, @$output);
    fail "\u$run didn't produce any output" if !@output;

    my $ignore_exit_codes = exists $options{IGNORE_EXIT_CODES};
    delete $options{IGNORE_EXIT_CODES};
    @output = grep (!/^[a-zA-Z0-9-_]+: exit\(-?\d+\)$/, @output) if $ignore_exit_codes;
    my $ignore_user_faults = exists $options{IGNORE_USER_FAULTS};
    delete $options{IGNORE_USER_FAULTS};
    @output = grep (!is_user_fault_line ($_), @output) if $ignore_user_faults;
    die "unknown option " . (keys %options)[0] . "\n" if %options;

    # Acceptable outputs, by key.
    my %acceptable;
    if (ref ($expected) eq 'ARRAY')
      {
        my $n = 0;
        %acceptable = map { (++$n => $_) } @$expected;
      }
    elsif (ref ($expected) eq 'HASH')
      {
        %acceptable = %$expected;
      }
    else
      {
        die "compare_output: EXPECTED must be an array or hash reference\n";
      }

    my $msg = '';
    for my $key (sort keys %acceptable)
      {
        my @expected = split ("\n", $acceptable{$key});
        return $key if same_lines (\@expected, \@output);

        $msg .= "Acceptable output:\n";
        $msg .= join ('', map ("  $_\n", @expected));
        $msg .= "Differences in `diff -u' format:\n";
        $msg .= join ('', map ("$_\n", diff_lines (\@expected, \@output)));
      }
    $msg .= "\n(Process exit codes are excluded for matching purposes.)\n"
      if $ignore_exit_codes;
    $msg .= "\n(User fault messages are excluded for matching purposes.)\n"
      if $ignore_user_faults;
    fail "Test output failed to match any acceptable form.\n\n$msg";
  }

sub same_lines
  {
    my ($a, $b) = @_;
    return 0 if @$a != @$b;
    for my $i (0 .. $#$a)
      {
        return 0 if $a->[$i] ne $b->[$i];
      }
    return 1;
  }

# diff_lines (\@EXPECTED, \@ACTUAL): "  line" for lines in both, "- line"
# for lines only expected, "+ line" for lines only printed, from a longest
# common subsequence of the two.
sub diff_lines
  {
    my ($a, $b) = @_;
    my ($n, $m) = (scalar @$a, scalar @$b);

    # $lcs[$i][$j]: length of the longest common subsequence of a[i..], b[j..].
    my @lcs = map { [(0) x ($m + 1)] } 0 .. $n;
    for (my $i = $n - 1; $i >= 0; $i--)
      {
        for (my $j = $m - 1; $j >= 0; $j--)
          {
            $lcs[$i][$j] = $a->[$i] eq $b->[$j]
              ? $lcs[$i + 1][$j + 1] + 1
              : ($lcs[$i + 1][$j] >= $lcs[$i][$j + 1] ? $lcs[$i + 1][$j] : $lcs[$i][$j + 1]);
          }
      }

    my @diff;
    my ($i, $j) = (0, 0);
    while ($i < $n || $j < $m)
      {
        if ($i < $n && $j < $m && $a->[$i] eq $b->[$j])
          {
            push (@diff, "  $a->[$i]");
            $i++;
            $j++;
          }
        elsif ($i < $n && ($j == $m || $lcs[$i + 1][$j] >= $lcs[$i][$j + 1]))
          {
            push (@diff, "- $a->[$i]");
            $i++;
          }
        else
          {
            push (@diff, "+ $b->[$j]");
            $j++;
          }
      }
    return @diff;
  }

# ---------------------------------------------------------------------------
# File-system extraction: check_archive and its helpers (the file-system
# project's persistence tests; the file-system work owns this part).
#
#     check_archive ({NAME => VALUE, ...});     in TEST-persistence.ck
#
# The persistence run booted a second time on the disk TEST left, ran
# `tar fs.tar /` and fetched the archive as TEST.tar (TEST =
# $prereq_tests[0], whose result must have been PASS: checked above).
# check_archive fails unless
#   1. that run booted and shut down cleanly, its mount-time check found
#      the disk consistent (no "fsck:" line: a leaked or doubly used
#      sector, a bad directory entry), and it printed nothing between
#      "Executing" and "Execution of" but exit lines with a status >= 0;
#   2. the archive holds the expected tree: the same names, each a
#      directory or a file as expected, and each file the expected bytes.
# The expected tree is a hash: a key is a name in the root directory, its
# value one of
#     {NAME => VALUE, ...}     a directory with these entries
#     [$CONTENTS]              a file holding the string $CONTENTS
#     [$FILE, $OFS, $LENGTH]   a file holding $LENGTH bytes of file $FILE
#                              from offset $OFS
#     $FILE                    a file holding all of file $FILE
# (file names relative to the build directory, where checkers run).  The
# test program TEST and `tar` are added to the root: they were put on the
# disk.  Links in the archive: our tar archives what a link points to; an
# archive with symbolic links (type 2) or hard links (type 1), as other
# tars write, has them resolved inside the archive first (a link to a file
# becomes that file, to a directory a copy of its tree; a dangling one is
# dropped).

sub check_archive
  {
    my ($tree) = @_;
    my ($prereq) = @prereq_tests;
    die "check_archive: $test is not a -persistence test\n" if !defined $prereq;

    my @output = read_text_file ("$test.output");
    common_checks ("file system extraction run", @output);
    my @fsck = grep (/^fsck: /, @output);
    fail join ("\n", "The disk the test left is not consistent "
                     . "(found at the next boot):", @fsck) if @fsck;
    my @errors = grep (!/^[^\s:]+: exit\(\d+\)$/,
                       get_core_output ("file system extraction run", @output));
    fail join ("\n", "Error extracting the file system:", @errors) if @errors;

    my %expected;
    archive_flatten ({%$tree, basename ($prereq) => $prereq,
                      tar => 'tests/filesys/extended/tar'}, '', \%expected);
    my ($actual, $problems) = archive_read_tar ("$prereq.tar");
    fail join ("\n", @$problems) if @$problems;
    archive_resolve_links ($actual);

    my @message;
    foreach my $name (sort keys %expected)
      {
        if (!exists $actual->{$name})
          {
            push (@message, "$name is missing from the file system.");
          }
        elsif (ref $actual->{$name} ne ref $expected{$name})
          {
            push (@message, "$name is a " . archive_describe ($actual->{$name})
                  . " but should be a " . archive_describe ($expected{$name}) . ".");
          }
      }
    foreach my $name (sort keys %$actual)
      {
        next if exists $expected{$name};
        (my $shown = $name) =~ s/[^[:print:]]/./g;
        push (@message, "$shown exists in the file system but it should not.");
      }
    if (!@message)
      {
        foreach my $name (sort keys %expected)
          {
            next if !ref $expected{$name};
            my ($want, $got) = ($expected{$name}[1], $actual->{$name}[1]);
            next if $want eq $got;
            my $at = 0;
            $at++ while ($at < length $want && $at < length $got
                         && substr ($want, $at, 1) eq substr ($got, $at, 1));
            push (@message, sprintf ("%s differs from the expected contents at offset "
                                     . "0x%x (%d bytes expected, %d found).",
                                     $name, $at, length $want, length $got));
          }
      }
    return if !@message;
    my $listing = sub
      {
        my ($fs) = @_;
        return map { (my $n = $_) =~ s/[^[:print:]]/./g;
                     "  $n: " . archive_describe ($fs->{$_}) } sort keys %$fs;
      };
    fail join ("\n", "The file system left by the test is not what it should be:",
               @message, '', 'Found:', $listing->($actual), '',
               'Expected:', $listing->(\%expected));
  }

# archive_read_tar (ARCHIVE): returns (\%MEMBERS, \@PROBLEMS); each member
# name maps to 'directory', ['file', CONTENTS] or ['link', TARGET, TYPE].
sub archive_read_tar
  {
    my ($archive) = @_;
    my (%members, @problems);
    open (my $fh, '<:raw', $archive) or return (\%members, ["$archive: open: $!"]);
    my $data = do { local $/; <$fh> } // '';
    close ($fh);
    my $ofs = 0;
    while (1)
      {
        if ($ofs + 512 > length $data)
          {
            push (@problems, "$archive: unexpected end of archive");
            last;
          }
        my $header = substr ($data, $ofs, 512);
        $ofs += 512;
        last if $header eq "\0" x 512;
        if (substr ($header, 257, 5) ne 'ustar')
          {
            push (@problems, "$archive: corrupt ustar header at byte " . ($ofs - 512));
            last;
          }
        (my $copy = $header) =~ s/^(.{148}).{8}/$1        /s;
        my $sum = 0;
        $sum += $_ foreach unpack ('C*', $copy);
        if (archive_octal (substr ($header, 148, 8)) != $sum)
          {
            push (@problems, "$archive: bad header checksum at byte " . ($ofs - 512));
            last;
          }
        my $name = unpack ('Z100', $header);
        my $prefix = unpack ('Z155', substr ($header, 345, 155));
        $name = "$prefix/$name" if $prefix ne '';
        my $type = substr ($header, 156, 1);
        my $size = archive_octal (substr ($header, 124, 12));
        my $link = unpack ('Z100', substr ($header, 157, 100));
        my $norm = archive_normalize ($name);
        if (!defined $norm)
          {
            push (@problems, "$archive: member with a bad name '$name'");
          }
        elsif ($norm eq '')
          {
            # The root itself.
          }
        elsif ($type eq '5')
          {
            $members{$norm} = 'directory';
          }
        elsif ($type eq '0' || $type eq "\0")
          {
            $members{$norm} = ['file', substr ($data, $ofs, $size)];
          }
        elsif ($type eq '1' || $type eq '2')
          {
            $members{$norm} = ['link', $link, $type];
          }
        else
          {
            push (@problems, "$archive: member '$name' has unsupported type '$type'");
          }
        $size = 0 if $type eq '5' || $type eq '1' || $type eq '2';
        $ofs += int (($size + 511) / 512) * 512;
      }
    return (\%members, \@problems);
  }

sub archive_octal
  {
    my ($field) = @_;
    $field =~ s/[\0 ]+$//;
    $field =~ s/^ +//;
    return $field eq '' ? 0 : oct ($field);
  }

# PATH without ".", empty components and a leading "/"; ".." climbs.
# Returns undef if ".." climbs above the root.
sub archive_normalize
  {
    my ($path) = @_;
    my @parts;
    foreach my $c (split (m{/}, $path))
      {
        next if $c eq '' || $c eq '.';
        if ($c eq '..')
          {
            return undef if !@parts;
            pop (@parts);
          }
        else
          {
            push (@parts, $c);
          }
      }
    return join ('/', @parts);
  }

# Resolves the link members of %$MEMBERS in place (see check_archive).
sub archive_resolve_links
  {
    my ($m) = @_;
    my $is_link = sub { ref $_[0] eq 'ARRAY' && $_[0][0] eq 'link' };
    foreach my $name (sort grep ($is_link->($m->{$_}), keys %$m))
      {
        my $target = $name;
        my $hops = 0;
        while (defined $target && $is_link->($m->{$target}) && $hops++ < 40)
          {
            my ($t, $kind) = @{$m->{$target}}[1, 2];
            my $dir = $target =~ m{^(.*)/} ? $1 : '';
            # A hard link names a member; a symbolic one is a path from its
            # directory (or the root, if absolute).
            $target = archive_normalize ($kind eq '1' || $t =~ m{^/} ? $t : "$dir/$t");
          }
        my $value = defined $target ? $m->{$target} : undef;
        if (!defined $value || $is_link->($value))
          {
            delete $m->{$name};
          }
        elsif (!ref $value)
          {
            $m->{$name} = 'directory';
            foreach my $sub (grep (index ($_, "$target/") == 0, keys %$m))
              {
                $m->{$name . substr ($sub, length $target)} //= $m->{$sub};
              }
          }
        else
          {
            $m->{$name} = $value;
          }
      }
  }

# Flattens the expected tree HASH under PREFIX into %$OUT: name =>
# 'directory' or ['file', CONTENTS].
sub archive_flatten
  {
    my ($hash, $prefix, $out) = @_;
    foreach my $key (keys %$hash)
      {
        my ($name, $value) = ("$prefix$key", $hash->{$key});
        if (ref $value eq 'HASH')
          {
            $out->{$name} = 'directory';
            archive_flatten ($value, "$name/", $out);
          }
        elsif (ref $value eq 'ARRAY')
          {
            $out->{$name} = ['file', @$value == 3 ? archive_host_file (@$value)
                                                  : $value->[0]];
          }
        else
          {
            $out->{$name} = ['file', archive_host_file ($value)];
          }
      }
  }

# The contents of host file FILE (LENGTH bytes from OFS, or all).
sub archive_host_file
  {
    my ($file, $ofs, $length) = @_;
    open (my $fh, '<:raw', $file) or fail "$file: open: $!\n";
    my $data = do { local $/; <$fh> } // '';
    close ($fh);
    return defined $ofs ? substr ($data, $ofs, $length) : $data;
  }

sub archive_describe
  {
    my ($value) = @_;
    return ref $value ? length ($value->[1]) . '-byte file' : 'directory';
  }
# ---------------------------------------------------------------------------

# ---------------------------------------------------------------------------
# Verdicts and files.

sub fail
  {
    finish ("FAIL", @_);
  }

sub pass
  {
    finish ("PASS", @_);
  }

# Writes the verdict, then the messages and what the checker printed, to
# the .result file, and the same to standard output; exits 0.
sub finish
  {
    my ($verdict, @messages) = @_;

    close ($message_fh);
    select (STDOUT);
    push (@messages, split (/(?<=\n)/, $messages));
    chomp (@messages);

    open (my $result, '>', $result_file) or die "$result_file: create: $!\n";
    print $result "$verdict\n";
    print $result "$_\n" foreach @messages;
    close ($result) or die "$result_file: write: $!\n";

    print STDOUT ($verdict eq 'PASS' ? "pass" : "FAIL"), " $test\n";
    print STDOUT "$_\n" foreach @messages;
    exit 0;
  }

sub read_text_file
  {
    my ($file_name) = @_;
    open (my $file, '<', $file_name) or die "$file_name: open: $!\n";
    my @content = <$file>;
    chomp (@content);
    s/\r$// foreach @content;
    close ($file);
    return @content;
  }

1;
