# tests/random.pm -- the user library's pseudo-random bytes, in Perl, so
# that checkers know what a test wrote (tests::random, as in Pintos).
#
# Mirrors lib/random.cc exactly: xoshiro256** seeded through splitmix64;
# random_bytes takes 8 bytes per 64-bit word, little-endian, the last word
# cut short.  A test program starts with random_init(0) (tests/main.cc);
# so does this module, and random_init(SEED) starts over as the program
# would.  If lib/random.cc changes, this file must change with it.
#
# 64-bit words are kept as [high, low] 32-bit halves: Perl's integers are
# exact only while results fit in 64 bits, and these products do not.
package tests::random;

use strict;
use warnings;
use Exporter qw(import);

our @EXPORT = qw(random_init random_bytes random_ulong);

my $M = 0xffffffff;
my @state;

sub xor64 { return [$_[0][0] ^ $_[1][0], $_[0][1] ^ $_[1][1]] }

sub add64 {
    my ($a, $b) = @_;
    my $lo = $a->[1] + $b->[1];
    my $hi = ($a->[0] + $b->[0] + ($lo >> 32)) & $M;
    return [$hi, $lo & $M];
}

sub mul64 {
    my ($a, $b) = @_;
    my $p = $a->[1] * $b->[1];
    my $cross = (($a->[0] * $b->[1]) & $M) + (($a->[1] * $b->[0]) & $M);
    return [(($p >> 32) + $cross) & $M, $p & $M];
}

sub shl64 {
    my ($a, $k) = @_;
    return [(($a->[1] << ($k - 32)) & $M), 0] if $k >= 32;
    return [(($a->[0] << $k) | ($a->[1] >> (32 - $k))) & $M, ($a->[1] << $k) & $M];
}

sub shr64 {
    my ($a, $k) = @_;
    return [0, $a->[0] >> ($k - 32)] if $k >= 32;
    return [$a->[0] >> $k, (($a->[1] >> $k) | ($a->[0] << (32 - $k))) & $M];
}

sub rotl64 {
    my ($a, $k) = @_;
    my $l = shl64($a, $k);
    my $r = shr64($a, 64 - $k);
    return [$l->[0] | $r->[0], $l->[1] | $r->[1]];
}

sub splitmix64 {
    my ($x) = @_;    # array ref, advanced in place
    @$x = @{add64($x, [0x9e3779b9, 0x7f4a7c15])};
    my $z = [@$x];
    $z = mul64(xor64($z, shr64($z, 30)), [0xbf58476d, 0x1ce4e5b9]);
    $z = mul64(xor64($z, shr64($z, 27)), [0x94d049bb, 0x133111eb]);
    return xor64($z, shr64($z, 31));
}

sub random_init {
    my ($seed) = @_;
    my $x = [0, $seed & $M];
    @state = map { splitmix64($x) } 1 .. 4;
}

sub next_word {
    random_init(0) unless @state;
    my $result = mul64(rotl64(mul64($state[1], [0, 5]), 7), [0, 9]);
    my $t = shl64($state[1], 17);
    $state[2] = xor64($state[2], $state[0]);
    $state[3] = xor64($state[3], $state[1]);
    $state[1] = xor64($state[1], $state[2]);
    $state[0] = xor64($state[0], $state[3]);
    $state[2] = xor64($state[2], $t);
    $state[3] = rotl64($state[3], 45);
    return $result;
}

# random_bytes(N): the next N bytes, as a string.
sub random_bytes {
    my ($n) = @_;
    my $bytes = '';
    while (length $bytes < $n) {
        my $w = next_word();
        $bytes .= pack('VV', $w->[1], $w->[0]);
    }
    return substr($bytes, 0, $n);
}

# random_ulong(): the next 64-bit word, as a number (exact on 64-bit Perl).
sub random_ulong {
    my $w = next_word();
    return ($w->[0] << 32) | $w->[1];
}

random_init(0);

1;
