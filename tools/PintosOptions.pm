# tools/PintosOptions.pm -- the command-line options of tools/pintos: the
# usage text, the parser, and the checks of each value (a bad one ends the
# run with status 2 and a message naming the option and what it wants).
#
#     use PintosOptions;
#     my ($opt, $transfers, @kernel_args) = PintosOptions::parse(@ARGV);
#
# $opt holds the options by name (mem, timeout, fs_disk, gdb_port, ...);
# $transfers the -p and -g files in order, as ['put', HOST, GUEST, GIVEN]
# and ['get', GUEST, HOST, GIVEN]; the rest are the kernel's arguments.
package PintosOptions;

use strict;
use warnings;
use File::Basename qw(basename);

our $PROG = 'pintos';
our $DEFAULT_ICOUNT_SHIFT = 6;   # see usage(): one guest instruction = 2^N ns
our $DEFAULT_MEM_MB = 20;
our $DEFAULT_GDB_PORT = 1234;

my %opt;
my @transfers;

sub usage {
    my ($status) = @_;
    if ($status) {
        print STDERR "usage: $PROG [OPTION...] -- [KERNEL-ARG...]  ($PROG -h lists the options)\n";
        exit $status;
    }
    print <<"EOF";
usage: $PROG [OPTION...] -- [KERNEL-ARG...]
Runs the Pintos kernel in QEMU.  QEMU's serial console is our stdout.
Options:
  -v, --no-vga            no VGA display (always so; accepted for habit)
  -k, --kill-on-failure   stop QEMU a moment after the output shows a kernel
                          panic or a second boot
  -T, --timeout=SECONDS   stop QEMU after SECONDS (may have a fraction) of host
                          CPU time (prints TIMEOUT); 0, the default, means
                          no limit
  -m, --memory=MB         guest RAM in MB (default $DEFAULT_MEM_MB)
  --fs-disk=MB|FILE       file-system disk (hd0:1): a temporary disk of MB
                          megabytes, or the disk image FILE, kept
  --swap-disk=MB|FILE     swap disk (hd1:1), the same way
                          Without these, ./fs.dsk and ./swap.dsk are used
                          when they exist (pintos-mkdisk makes them).
  --no-default-disks      ignore ./fs.dsk and ./swap.dsk
  --mnt-disk=MB|FILE      a disk for a program to mount(path, 1, 0), the same
                          way (--mnts=MB|FILE, the KAIST name, too).  It takes
                          hd1:0, the scratch disk's slot, which the standard
                          mount test names: no -p or -g in the same run (put
                          the files in with an earlier boot).
  -p, --put-file=HOST[:GUEST]  copy host file HOST into the guest file system
                          as GUEST (default: HOST's base name); repeatable.
                          Adds a `put GUEST` action before the first action.
  -g, --get-file=GUEST[:HOST]  copy GUEST out of the guest file system into
                          HOST (default: GUEST); repeatable.  Adds a
                          `get GUEST` action at the end.
  -a, --as=NAME           the other name of the -p or -g just before
  --gdb                   start paused, waiting for gdb on localhost:$DEFAULT_GDB_PORT
  --gdb-no-wait           run at once, but let gdb attach on localhost:$DEFAULT_GDB_PORT
                          at any time (e.g. once a panic stopped the kernel)
  --gdb-port=PORT         the port for --gdb and --gdb-no-wait (default $DEFAULT_GDB_PORT)
  --qemu                  simulate with QEMU (the only simulator here)
  -t, --threads-tests     accepted for habit; every kernel runs every test
  --loader=grub|qemu      boot through GRUB from build/boot.img (default, what
                          users get) or QEMU's fast -kernel loader
  --realtime              guest clock follows host time (default: virtual
                          clock, -icount, idle time skipped, runs reproducible)
  --icount-shift=N        virtual clock speed: one instruction = 2^N ns
                          (default $DEFAULT_ICOUNT_SHIFT)
  -h, --help              this message
Kernel arguments: options such as -q -f -mlfqs, then actions such as
run 'PROG ARGS', ls, cat FILE, put FILE, get FILE; `$PROG -- -h` lists them.
Exit status: 0 the kernel powered off; 1 the run failed or was stopped
(timeout, panic, kernel command-line error, triple fault, missing -g file);
2 usage error; 3 QEMU missing or could not start.
EOF
    exit $status;
}

sub failure {
    print STDERR "$PROG: @_\n";
    exit 2;
}


# Checks that VALUE of option NAME is a whole number (WHAT), or with
# FRACTION a decimal one; returns it.
sub number {
    my ($name, $what, $value, $fraction) = @_;
    my $pattern = $fraction ? qr/^(\d+(\.\d*)?|\.\d+)$/ : qr/^\d+$/;
    failure("$name wants $what, got '$value'") unless $value =~ $pattern;
    return $value + 0;
}

# -p HOST[:GUEST] splits at the last colon, -g GUEST[:HOST] at the first.
sub add_put {
    my ($value) = @_;
    my ($host, $guest) = $value =~ /^(.*):([^:]*)$/ ? ($1, $2) : ($value, basename($value));
    push @transfers, ['put', $host, $guest, $value];
}
sub add_get {
    my ($value) = @_;
    my ($guest, $host) = $value =~ /^([^:]*):(.*)$/ ? ($1, $2) : ($value, $value);
    push @transfers, ['get', $guest, $host, $value];
}
sub set_as {
    my ($value) = @_;
    failure('-a NAME must follow a -p or -g option') unless @transfers;
    $transfers[-1][2] = $value;
}

# Every option: its spellings, whether it takes a value, what it does.
my @OPTIONS = (
    [[qw(-v --no-vga)],          0, sub { }],
    [[qw(-k --kill-on-failure)], 0, sub { $opt{kill_on_failure} = 1 }],
    [[qw(-T --timeout)],         1, sub { $opt{timeout} = number($_[0], 'a number of seconds', $_[1], 1) }],
    [[qw(-m --memory --mem)],    1, sub { $opt{mem} = number($_[0], 'a number of megabytes', $_[1]) }],
    [[qw(--fs-disk)],            1, sub { $opt{fs_disk} = $_[1] }],
    [[qw(--swap-disk)],          1, sub { $opt{swap_disk} = $_[1] }],
    [[qw(--no-default-disks)],   0, sub { $opt{no_default_disks} = 1 }],
    [[qw(--mnt-disk --mnts)],    1, sub { $opt{mnt_disk} = $_[1] }],
    [[qw(-p --put-file)],        1, sub { add_put($_[1]) }],
    [[qw(-g --get-file)],        1, sub { add_get($_[1]) }],
    [[qw(-a --as)],              1, sub { set_as($_[1]) }],
    [[qw(--gdb)],                0, sub { $opt{gdb} = 1 }],
    [[qw(--gdb-no-wait)],        0, sub { $opt{gdb_no_wait} = 1 }],
    [[qw(--gdb-port)],           1, sub { $opt{gdb_port} = number($_[0], 'a port number', $_[1]) }],
    [[qw(--qemu)],               0, sub { }],
    [[qw(-t --threads-tests)],   0, sub { }],
    [[qw(--loader)],             1, sub { $opt{loader} = $_[1] }],
    [[qw(--realtime)],           0, sub { $opt{realtime} = 1 }],
    [[qw(--icount-shift)],       1, sub { $opt{icount_shift} = number($_[0], 'a number from 0 to 10', $_[1]) }],
    [[qw(-h --help)],            0, sub { usage(0) }],
);
my %OPTION = map { my $o = $_; map { ($_ => $o) } @{$o->[0]} } @OPTIONS;

# Reads the options from ARGS up to "--" or the first word that is not an
# option; returns the rest (the kernel's arguments).
sub parse_options {
    my @args = @_;
    while (@args) {
        my $word = $args[0];
        if ($word eq '--') { shift @args; last }
        last if $word !~ /^-./;
        shift @args;
        my ($name, $value) = $word =~ /^(--[^=]+)=(.*)$/s ? ($1, $2) : ($word, undef);
        # A short option with its value attached (-T60, -pFILE).
        if (!$OPTION{$name} && $name =~ /^(-[^-])(.+)$/s && $OPTION{$1} && $OPTION{$1}[1]) {
            ($name, $value) = ($1, $2);
        }
        my $option = $OPTION{$name};
        if (!$option) {
            print STDERR "$PROG: unknown option $name (kernel arguments go after --)\n";
            usage(2);
        }
        my (undef, $takes_value, $action) = @$option;
        if ($takes_value) {
            if (!defined $value) {
                failure("$name wants a value (see $PROG -h)") if !@args || $args[0] eq '--';
                $value = shift @args;
            }
        } elsif (defined $value) {
            failure("$name takes no value");
        }
        $action->($name, $value);
    }
    return @args;
}

# Parses ARGS (see the top of this file); exits on -h and on bad options.
sub parse {
    %opt = (mem => $DEFAULT_MEM_MB, loader => 'grub', timeout => 0,
            gdb_port => $DEFAULT_GDB_PORT);
    @transfers = ();
    my @kernel_args = parse_options(@_);
    check();
    return (\%opt, \@transfers, @kernel_args);
}

# The checks that need every option.
sub check {
    failure("--loader wants grub or qemu, got '$opt{loader}'") if $opt{loader} !~ /^(grub|qemu)$/;
    failure("-m wants at least 2 megabytes, got '$opt{mem}'") if $opt{mem} < 2;
    failure('--realtime and --icount-shift exclude each other')
        if $opt{realtime} && defined $opt{icount_shift};
    $opt{icount_shift} //= $DEFAULT_ICOUNT_SHIFT;
    failure("--gdb-port wants 1 to 65535, got '$opt{gdb_port}'")
        if $opt{gdb_port} < 1 || $opt{gdb_port} > 65535;
    failure("--icount-shift wants a number from 0 to 10, got '$opt{icount_shift}'")
        if $opt{icount_shift} > 10;
    for (@transfers) {
        my ($kind, $from, $to, $given) = @$_;
        my $flag = $kind eq 'put' ? '-p' : '-g';
        failure("$flag $given: empty host or guest name") if $from eq '' || $to eq '';
        failure("$flag $given: cannot read $from") if $kind eq 'put' && !(-f $from && -r $from);
    }
    my %guest_names;
    for (grep { $_->[0] eq 'put' } @transfers) {
        failure("-p: two files would be called $_->[2] in the guest") if $guest_names{$_->[2]}++;
    }
}

1;
