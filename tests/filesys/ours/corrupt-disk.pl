#!/usr/bin/perl
# tests/filesys/ours/corrupt-disk.pl TEST DISK -- damages the file system
# on disk image DISK on purpose, between the boots of fsck-dir and
# fsck-damage (see tests/filesys/ours/Make.tests).
#
# It knows this kernel's disk format (filesys/inode-map.h, directory.cc,
# free-map.h), which is the point: it must hit exact fields.
#     inode:  magic, type, length, parent, direct[122], indirect, dbl (u32 LE)
#     entry:  inode sector (u32), name (15 bytes), in use (1 byte)
#     sector 0: the free map's inode; sector 1: the root directory's inode
use strict;
use warnings;

my ($test, $disk) = @ARGV;
die "usage: $0 TEST DISK\n" unless defined $disk;
open my $fh, '+<:raw', $disk or die "$disk: $!\n";

sub read_sector {
    my ($s) = @_;
    seek $fh, $s * 512, 0 or die;
    read($fh, my $buf, 512) == 512 or die "$disk: short read of sector $s\n";
    return $buf;
}

sub write_sector {
    my ($s, $buf) = @_;
    seek $fh, $s * 512, 0 or die;
    print $fh $buf or die;
}

# (length, parent, direct pointers) of the inode at SECTOR.
sub inode {
    my ($s) = @_;
    my ($magic, $type, $len, $parent, @direct) = unpack('V4 V122', read_sector($s));
    die "$disk: sector $s is not an inode\n" unless $magic == 0x444f4e49;
    return ($len, $parent, @direct);
}

# Entries of the directory at inode SECTOR: [name, inode sector, data
# sector, offset in it] (entries that straddle two sectors are skipped: the
# tests' directories are small).
sub entries {
    my ($dir) = @_;
    my ($len, $parent, @direct) = inode($dir);
    my @found;
    for (my $ofs = 0; $ofs + 20 <= $len; $ofs += 20) {
        my ($idx, $in) = (int($ofs / 512), $ofs % 512);
        next if $in + 20 > 512;
        my $data = read_sector($direct[$idx]);
        my ($sector, $name, $used) = unpack('V Z15 C', substr($data, $in, 20));
        push @found, [$name, $sector, $direct[$idx], $in] if $used;
    }
    return @found;
}

sub entry {
    my ($dir, $name) = @_;
    my ($e) = grep { $_->[0] eq $name } entries($dir);
    die "$disk: no entry '$name' in directory $dir\n" unless $e;
    return $e;
}

# Rewrites entry NAME of DIR: its inode sector and/or its name.
sub patch_entry {
    my ($dir, $name, $sector, $new_name) = @_;
    my (undef, $old_sector, $data_sector, $in) = @{entry($dir, $name)};
    my $data = read_sector($data_sector);
    substr($data, $in, 4) = pack('V', $sector // $old_sector);
    substr($data, $in + 4, 15) = pack('a15', $new_name) if defined $new_name;
    write_sector($data_sector, $data);
}

# Sets free-map bit SECTOR to VALUE.
sub set_map_bit {
    my ($s, $value) = @_;
    my (undef, undef, @direct) = inode(0);
    my $map_sector = $direct[int($s / 4096)];
    my $map = read_sector($map_sector);
    my $byte = ord(substr($map, int(($s % 4096) / 8), 1));
    $byte = $value ? $byte | (1 << ($s % 8)) : $byte & ~(1 << ($s % 8));
    substr($map, int(($s % 4096) / 8), 1) = chr($byte);
    write_sector($map_sector, $map);
}

my $keep = entry(1, 'keep')->[1];
my (undef, undef, @keep_data) = inode($keep);
if ($test eq 'fsck-dir') {
    patch_entry(1, 'to-root', 1);
    patch_entry(1, 'to-fmap', 0);
    patch_entry(1, 'outside', 0x7fffff);
    patch_entry(1, 'alias', $keep);
    patch_entry(1, 'to-data', $keep_data[0]);
    patch_entry(1, 'bad-name', undef, 'bad/name');
    patch_entry(1, 'twin-b', undef, 'twin-a');
    # sub's ".." points elsewhere.
    my $sub = entry(1, 'sub')->[1];
    my $inode = read_sector($sub);
    substr($inode, 12, 4) = pack('V', $keep);
    write_sector($sub, $inode);
    # keep's first data sector marked free, the disk's last sector in use.
    set_map_bit($keep_data[0], 0);
    set_map_bit((-s $disk) / 512 - 1, 1);
} elsif ($test eq 'fsck-damage') {
    # b's first data sector is a's too: two files share a sector.
    my $b = entry(1, 'b')->[1];
    my $inode = read_sector($b);
    substr($inode, 16, 4) = pack('V', $keep_data[0]);
    write_sector($b, $inode);
} else {
    die "$0: no damage defined for $test\n";
}
close $fh or die "$disk: $!\n";
