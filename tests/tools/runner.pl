#!/usr/bin/perl
# tests/tools/runner.pl -- the host tools' own test: runs tools/pintos and
# tools/pintos-mkdisk the way users do, in a scratch directory, and prints
# one line per observed fact; tests/tools/runner.ck compares them with what
# the tools promise (their usage texts and the top of tools/pintos).
#
#     perl tests/tools/runner.pl BUILD-DIR > build/tests/tools/runner.output
#
# Run from the top of the tree (tests/tests.mk does), after `make`.  Six
# boots (about 2.5 s of CPU time): usage errors, missing QEMU and a QEMU that
# cannot start need none.  Covered: exit statuses 0/1/2/3, -T 0, -T and -m
# garbage, long options, ./fs.dsk and ./swap.dsk as default disks (made by
# pintos-mkdisk, one of them 3000 MB), put/get both ways with binary data,
# a 4096-byte kernel command line and one byte too many, a stale boot.img
# rebuilt, an unknown run target, a kernel panic with and without -q, the
# call stack of a kernel page fault, a timeout and a triple fault.

use strict;
use warnings;
use Cwd qw(abs_path);
use File::Temp qw(tempdir);
use POSIX qw(:sys_wait_h);

my $build = abs_path($ARGV[0] // 'build') // die "runner.pl: no build directory\n";
my $top = abs_path('.');
my $pintos = "$top/tools/pintos";
my $mkdisk = "$top/tools/pintos-mkdisk";
die "runner.pl: run me from the top of the tree, after make\n"
    unless -f $pintos && -f "$build/kernel.elf";

my $dir = tempdir('pintos-tools-test.XXXXXX', TMPDIR => 1, CLEANUP => 1);
symlink "$build/kernel.elf", "$dir/kernel.elf" or die "runner.pl: symlink: $!\n";

# Runs COMMAND (a list) in the scratch directory with ENV added, stdin
# from /dev/null; stops it after 60 s.  Returns (exit status, stdout
# lines, stderr lines).
sub run {
    my ($env, @command) = @_;
    my $pid = fork() // die "runner.pl: fork: $!\n";
    if ($pid == 0) {
        chdir $dir or die "runner.pl: chdir: $!\n";
        $ENV{$_} = $env->{$_} for keys %$env;
        delete $ENV{PINTOS_VERBOSE};
        open STDIN, '<', '/dev/null';
        open STDOUT, '>', "$dir/stdout";
        open STDERR, '>', "$dir/stderr";
        exec { $command[0] } @command or POSIX::_exit(127);
    }
    my $deadline = time + 60;
    while (waitpid($pid, WNOHANG) == 0) {
        if (time > $deadline) {
            kill 'KILL', $pid;
            waitpid($pid, 0);
            print "runner.pl: @command took over 60 s: killed\n";
            last;
        }
        select(undef, undef, undef, 0.05);
    }
    my $status = $? & 127 ? 128 + ($? & 127) : $? >> 8;
    return ($status, read_lines("$dir/stdout"), read_lines("$dir/stderr"));
}

sub read_lines {
    my ($file) = @_;
    open my $fh, '<', $file or return [];
    my @lines = <$fh>;
    chomp @lines;
    s/\r$// for @lines;
    return \@lines;
}

# Runs the runner with ARGS and prints "NAME: exit N".
sub pintos {
    my ($name, @args) = @_;
    my @result = run({}, $^X, $pintos, @args);
    print "$name: exit $result[0]\n";
    return @result;
}

# Prints "NAME: LINE" for the first line of LINES matching PATTERN, or says
# that none did.
sub show {
    my ($name, $lines, $pattern) = @_;
    my ($line) = grep { /$pattern/ } @$lines;
    print "$name: ", $line // "(no line matching /$pattern/)", "\n";
}

sub file_bytes {
    my ($file) = @_;
    open my $fh, '<:raw', $file or return undef;
    local $/;
    return <$fh>;
}

# ---------------------------------------------------------------------------
# No boot: usage errors (status 2) and QEMU trouble (status 3).

my ($status, $out, $err);
($status, $out) = pintos('help', '-h');
show('help', $out, '^usage:');
for my $case (['T abc', '-T', 'abc'], ['timeout -1', '--timeout=-1'],
              ['memory garbage', '--memory=lots'], ['unknown option', '--frobnicate'],
              ['option without value', '-p'], ['missing put file', '-p', 'no-such-file']) {
    my ($name, @args) = @$case;
    ($status, $out, $err) = pintos($name, @args, '--', '-q');
    show($name, $err, '^pintos:');
}

# Put data: every byte value, and more than a sector.
my $data = join('', map { chr($_ % 256) } 0 .. 1500);
open my $fh, '>:raw', "$dir/data.bin" or die "runner.pl: $!\n";
print $fh $data;
close $fh;

($status, $out, $err) = pintos('put without a disk', '-p', 'data.bin', '--', '-q');
show('put without a disk', $err, '^pintos:');
($status, $out, $err) = pintos('4097-byte command line', '--', '-q', 'rm', 'x' x 4091);
show('4097-byte command line', $err, '^pintos:');
($status, $out, $err) = run({PATH => '/nonexistent'}, $^X, $pintos, '--', '-q');
print "no QEMU: exit $status\n";
show('no QEMU', $err, '^pintos:');
($status, $out, $err) = pintos('QEMU cannot start', '--loader=qemu', '-m', '99999999', '--', '-q');
show('QEMU cannot start', $err, '^pintos:');

# pintos-mkdisk: the default disks of the boots below.
for my $case (['fs.dsk', 2], ['swap.dsk', 3000], ['fs.dsk', 2], ['bad.dsk', 'abc']) {
    my ($disk, $mb) = @$case;
    ($status, $out, $err) = run({}, $^X, $mkdisk, $disk, $mb);
    printf "pintos-mkdisk %s %s: exit %d, %s\n", $disk, $mb, $status,
        -e "$dir/$disk" ? (-s "$dir/$disk") . ' bytes' : 'no file';
}
($status, $out) = run({}, $^X, $mkdisk, '-h');
print "pintos-mkdisk -h: exit $status\n";

# ---------------------------------------------------------------------------
# Boots.

# 1. Through GRUB from a stale boot.img (rebuilt), default disks, long
#    options, -T 0, put and get, and a command line of exactly 4096 bytes:
#    "-q -f put data ls rm XXX get data".
open $fh, '>', "$dir/boot.img" or die "runner.pl: $!\n";
close $fh;
utime 0, 0, "$dir/boot.img";
my $long_name = 'y' x (4096 - length('-q -f put data ls rm  get data'));
my $cmdline = "-q -f put data ls rm $long_name get data";
($status, $out, $err) = pintos('boot', '--kill-on-failure', '--timeout=0', '--memory=24',
                               '--no-vga', '--qemu', '--put-file=data.bin:data',
                               '--get-file=data:back.bin', '--', '-q', '-f', 'ls', 'rm',
                               $long_name);
show('boot', $err, 'boot.img');
show('boot', $out, '^Boot protocol:');
my ($got) = grep { /^Kernel command line: / } @$out;
printf "boot: %d-byte command line %s\n", length $cmdline,
    defined $got && $got eq "Kernel command line: $cmdline" ? 'arrived whole' : 'did not arrive';
for my $disk ('hd0:1', 'hd1:1') {
    my ($line) = grep { /^$disk: detected/ } @$out;
    my ($sectors) = ($line // '') =~ /detected ([\d,]+) sector/;
    print "boot: $disk has ", $sectors // 'no', " sectors\n";
}
show('boot', $out, '^Putting');
show('boot', $out, '^data$');
show('boot', $out, '^Getting');
print 'boot: back.bin ', (file_bytes("$dir/back.bin") // '') eq $data ? 'equals' : 'differs from',
    " data.bin\n";
show('boot', $out, '^Powering off');

# 2. The kept ./fs.dsk, and a run target that does not exist: a command-
#    line error, but the file put before it must still reach the disk.
my $marker = "pintos tools test marker\n" x 40;
open $fh, '>:raw', "$dir/marker.txt" or die "runner.pl: $!\n";
print $fh $marker;
close $fh;
($status, $out, $err) = pintos('unknown target', '-v', '-k', '-T', '30', '--loader=qemu',
                               '-p', 'marker.txt', '--', '-q', 'ls', 'run', 'no-such-test');
show('unknown target', $out, '^data$');
show('unknown target', $out, '^Error:');
print 'unknown target: marker.txt ',
    index(file_bytes("$dir/fs.dsk") // '', $marker) >= 0 ? 'is' : 'is not', " on fs.dsk\n";

# 3. A kernel page fault with -q: powers off, exit 1; the call stack starts
#    at the faulting instruction.
($status, $out, $err) = pintos('fault', '-k', '-T', '30', '--loader=qemu', '--no-default-disks',
                               '--', '-q', 'run', 'debug-fault');
show('fault', $out, '^hd0:1');
my ($stack) = grep { /^Call stack:/ } @$out;
print 'fault: first call-stack entry ', ($stack // '') =~ /^Call stack: 0x[0-9a-f]+\* / ?
    'is marked *' : 'is not marked *', "\n";
my (undef, $trace) = run({}, $^X, "$top/tools/backtrace", "$build/kernel.elf", $stack // '');
my @functions = map { /: (?:\(anonymous namespace\)::)?(\w+)/ ? $1 : '?' } @$trace;
print "fault: call stack @functions[0 .. 2]\n";
show('fault', $out, '^Kernel stopped');

# 4. The same without -q: the kernel stops for a debugger; -k ends the run.
($status, $out, $err) = pintos('fault without -q', '-k', '-T', '30', '--loader=qemu',
                               '--no-default-disks', '--', 'run', 'debug-fault');
show('fault without -q', $out, '^Kernel stopped');
show('fault without -q', $err, '^pintos:');

# 5. A timeout.
($status, $out, $err) = pintos('timeout', '-T', '0.2', '--loader=qemu', '--no-default-disks',
                               '--', '-q', 'run', 'debug-spin');
show('timeout', $out, 'TIMEOUT');

# 6. A triple fault.
($status, $out, $err) = pintos('triple fault', '-T', '30', '--loader=qemu', '--no-default-disks',
                               '--', '-q', 'run', 'debug-triple-fault');
show('triple fault', $err, '^pintos:');
