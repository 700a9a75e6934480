# tools/Ustar.pm -- writes and reads ustar archives (POSIX.1-1988 "ustar"
# format), the container `pintos -p` and `-g` use to move files through the
# scratch disk.  Only regular files are written; anything else is skipped
# with a warning when reading.
#
#     use Ustar;
#     my $bytes = Ustar::build([NAME, DATA], ...);   # archive as a string
#     my @files = Ustar::parse($bytes);              # ([NAME, DATA], ...)
#
# Layout: for each file a 512-byte header, then the data padded with zero
# bytes to a multiple of 512; the archive ends with two all-zero blocks.
# Header fields (offset, length):
#     name 0,100   mode 100,8   uid 108,8   gid 116,8   size 124,12
#     mtime 136,12 chksum 148,8 typeflag 156,1 linkname 157,100
#     magic 257,6 ("ustar\0")   version 263,2 ("00")   uname 265,32
#     gname 297,32 devmajor 329,8 devminor 337,8 prefix 345,155
# Numbers are octal ASCII, zero-padded and NUL-terminated.  The checksum is
# the sum of all header bytes, counting the checksum field as 8 spaces.
package Ustar;

use strict;
use warnings;

my $BLOCK = 512;

# Returns the octal field of WIDTH bytes holding VALUE (WIDTH-1 digits + NUL).
sub octal_field {
    my ($value, $width) = @_;
    my $text = sprintf('%0*o', $width - 1, $value);
    die "ustar: value $value does not fit in $width bytes\n" if length($text) > $width - 1;
    return $text . "\0";
}

# Returns STRING padded with NULs to exactly WIDTH bytes.
sub text_field {
    my ($string, $width) = @_;
    return pack("a$width", $string);
}

# Sum of the header's bytes with the checksum field read as spaces.
sub checksum {
    my ($header) = @_;
    substr($header, 148, 8) = ' ' x 8;
    return unpack('%32C*', $header);
}

# Returns the 512-byte header for a regular file NAME of SIZE bytes.
# Names longer than 100 bytes are split at a '/' into prefix and name.
sub header {
    my ($name, $size) = @_;
    my $prefix = '';
    if (length($name) > 100) {
        my $cut = rindex($name, '/', 155);
        die "ustar: file name too long: $name\n"
            if $cut < 0 || length($name) - $cut - 1 > 100;
        $prefix = substr($name, 0, $cut);
        $name = substr($name, $cut + 1);
    }
    my $h = text_field($name, 100)
        . octal_field(0644, 8)         # mode
        . octal_field(0, 8)            # uid
        . octal_field(0, 8)            # gid
        . octal_field($size, 12)       # size
        . octal_field(0, 12)           # mtime
        . ' ' x 8                      # chksum, filled in below
        . '0'                          # typeflag: regular file
        . text_field('', 100)          # linkname
        . "ustar\0" . '00'             # magic, version
        . text_field('root', 32)       # uname
        . text_field('root', 32)       # gname
        . octal_field(0, 8)            # devmajor
        . octal_field(0, 8)            # devminor
        . text_field($prefix, 155)     # prefix
        . "\0" x 12;                   # to 512 bytes
    substr($h, 148, 8) = sprintf('%06o', checksum($h)) . "\0 ";
    return $h;
}

# Returns DATA padded with NULs to a whole number of blocks.
sub pad_block {
    my ($data) = @_;
    my $rest = length($data) % $BLOCK;
    return $rest ? $data . "\0" x ($BLOCK - $rest) : $data;
}

# build([NAME, DATA], ...): returns the archive holding these files, in
# order, followed by the two zero blocks.
sub build {
    my @files = @_;
    my $archive = '';
    for my $f (@files) {
        my ($name, $data) = @$f;
        die "ustar: empty file name\n" if $name eq '';
        $archive .= header($name, length $data) . pad_block($data);
    }
    return $archive . "\0" x (2 * $BLOCK);
}

# Reads an octal field; empty (all NUL/space) reads as 0.
sub parse_octal {
    my ($field) = @_;
    $field =~ s/[\0 ]+$//;
    $field =~ s/^ +//;
    return 0 if $field eq '';
    die "ustar: bad octal number '$field'\n" unless $field =~ /^[0-7]+$/;
    return oct $field;
}

# parse(BYTES): returns ([NAME, DATA], ...) for the regular files in the
# archive.  Reading stops at the first all-zero block or at the end of
# BYTES (so a whole disk image, with trailing garbage after the end marker,
# is fine).  Dies on a bad header checksum or truncated data.
sub parse {
    my ($bytes) = @_;
    my @files;
    my $pos = 0;
    while ($pos + $BLOCK <= length $bytes) {
        my $h = substr($bytes, $pos, $BLOCK);
        last if $h =~ /^\0*$/;
        my $offset = $pos;
        $pos += $BLOCK;
        my $sum = parse_octal(substr($h, 148, 8));
        die sprintf("ustar: bad header checksum at byte %d\n", $offset)
            unless $sum == checksum($h);
        die sprintf("ustar: not a ustar header at byte %d\n", $offset)
            unless substr($h, 257, 5) eq 'ustar';
        my ($name) = unpack('Z100', $h);
        my ($prefix) = unpack('Z155', substr($h, 345, 155));
        $name = "$prefix/$name" if $prefix ne '';
        my $size = parse_octal(substr($h, 124, 12));
        my $type = substr($h, 156, 1);
        die "ustar: '$name' is truncated\n" if $pos + $size > length $bytes;
        my $data = substr($bytes, $pos, $size);
        $pos += $size + ($size % $BLOCK ? $BLOCK - $size % $BLOCK : 0);
        if ($type eq '0' || $type eq "\0") {
            push @files, [$name, $data];
        } else {
            warn "ustar: skipping '$name' (type '$type', not a regular file)\n";
        }
    }
    return @files;
}

1;
