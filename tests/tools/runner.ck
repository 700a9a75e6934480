# -*- perl -*-
# tests/tools/runner.ck -- judges tests/tools/runner.pl's report on the
# runner and pintos-mkdisk: every line must be as below (the promises of
# `pintos -h`, `pintos-mkdisk -h` and the top of tools/pintos).
use strict;
use warnings;
use tests::tests;
our ($test);
my @output = read_text_file ("$test.output");

my @expected = split /\n/, <<'END';
help: exit 0
help: usage: pintos [OPTION...] -- [KERNEL-ARG...]
T abc: exit 2
T abc: pintos: -T wants a number of seconds, got 'abc'
timeout -1: exit 2
timeout -1: pintos: --timeout wants a number of seconds, got '-1'
memory garbage: exit 2
memory garbage: pintos: --memory wants a number of megabytes, got 'lots'
unknown option: exit 2
unknown option: pintos: unknown option --frobnicate (kernel arguments go after --)
option without value: exit 2
option without value: pintos: -p wants a value (see pintos -h)
missing put file: exit 2
missing put file: pintos: -p no-such-file: cannot read no-such-file
put without a disk: exit 2
put without a disk: pintos: -p and -g need a file-system disk: --fs-disk=MB|FILE, or ./fs.dsk
4097-byte command line: exit 2
4097-byte command line: pintos: the kernel command line would be 4097 bytes; the kernel takes at most 4096
no QEMU: exit 2
no QEMU: pintos: ./boot.img is missing for ./kernel.elf: rebuilding it
QEMU cannot start: exit 3
QEMU cannot start: pintos: qemu-system-x86_64 could not start (status 1)
pintos-mkdisk fs.dsk 2: exit 0, 2097152 bytes
pintos-mkdisk swap.dsk 3000: exit 0, 3145728000 bytes
pintos-mkdisk fs.dsk 2: exit 1, 2097152 bytes
pintos-mkdisk bad.dsk abc: exit 2, no file
pintos-mkdisk -h: exit 0
boot: exit 0
boot: pintos: ./boot.img is older than ./kernel.elf: rebuilding it
boot: Boot protocol: multiboot2.
boot: 4096-byte command line arrived whole
boot: hd0:1 has 4,096 sectors
boot: hd1:1 has 6,144,000 sectors
boot: Putting 'data' into the file system...
boot: data
boot: Getting 'data' from the file system...
boot: back.bin equals data.bin
boot: Powering off...
unknown target: exit 1
unknown target: data
unknown target: Error: run: 'no-such-test' is neither a kernel test nor a file in the file system.
unknown target: marker.txt is on fs.dsk
fault: exit 1
fault: (no line matching /^hd0:1/)
fault: first call-stack entry is marked *
fault: call stack fault_write fault_middle test_debug_fault
fault: (no line matching /^Kernel stopped/)
fault without -q: exit 1
fault without -q: Kernel stopped: interrupts off, CPU halted, for gdb (pintos --gdb or --gdb-no-wait); with -q a panic powers off instead.
fault without -q: pintos: stopped QEMU: the kernel panicked or rebooted (-k)
timeout: exit 1
timeout: TIMEOUT after 0.2 seconds of host CPU time
triple fault: exit 1
triple fault: pintos: the machine reset without powering off (a triple fault?)
END

my @actual = @output;
for my $i (0 .. ($#expected > $#actual ? $#expected : $#actual)) {
    my ($want, $got) = ($expected[$i] // '(nothing)', $actual[$i] // '(nothing)');
    next if $want eq $got;
    fail("line " . ($i + 1) . " of the report differs:", "  expected: $want",
         "  actual:   $got", '', 'The whole report:', @actual);
}
pass;
