# tests/filesys/archive.pm -- check_archive, the persistence check (the
# file-system part of tests::tests, which exports it).
#
#     check_archive({NAME => VALUE, ...});   # in NAME-persistence.ck
#
# The persistence run (tests/filesys/extended/Make.tests) booted a second
# time on the disk the test NAME left, ran `tar fs.tar /` and fetched the
# archive as build/.../NAME.tar.  check_archive:
#   1. fails unless NAME itself passed (its .result says PASS);
#   2. checks the persistence run's console: booted and shut down cleanly,
#      the mount-time check found the disk consistent (no "fsck:" line: a
#      leaked or doubly used sector, a bad directory entry), and nothing was
#      printed between "Executing" and "Execution of" but exit lines with a
#      status >= 0;
#   3. compares the archive's tree with the expected one: the same names,
#      each a directory or a file as expected, then each file's contents.
#
# The expected tree is a hash: a key is a name in the root directory, its
# value one of
#     {NAME => VALUE, ...}     a directory with these entries
#     [$CONTENTS]              a file holding the string $CONTENTS
#     [$FILE, $OFS, $LENGTH]   a file holding $LENGTH bytes of host file
#                              $FILE from offset $OFS
#     $FILE                    a file holding all of host file $FILE
# The test program NAME and `tar` are added to the root (they were put on
# the disk), compared with the programs built on the host: their stripped
# copies (NAME.stripped), which the file-system runs put, when those exist.
# Host file names are taken from the top of the tree, else from the build
# directory.
#
# Links in the archive: our tar archives what a link points to.  An
# archive with symbolic-link members (type 2) or hard links (type 1), as
# other tars write, has them resolved inside the archive first: a link to a
# file becomes that file, a link to a directory a copy of its tree, and a
# dangling one is dropped.
package tests::filesys::archive;

use strict;
use warnings;
use File::Basename qw(basename);

# ---------------------------------------------------------------------------
# Reading the archive.

# Parses the octal number in FIELD.
sub octal {
    my ($field) = @_;
    $field =~ s/[\0 ]+$//;
    $field =~ s/^ +//;
    return $field eq '' ? 0 : oct($field);
}

# Removes ".", empty components and a leading "/" from PATH; ".." climbs.
# Returns undef if ".." climbs above the root.
sub normalize {
    my ($path) = @_;
    my @parts;
    for my $c (split m{/}, $path) {
        next if $c eq '' || $c eq '.';
        if ($c eq '..') {
            return undef unless @parts;
            pop @parts;
        } else {
            push @parts, $c;
        }
    }
    return join('/', @parts);
}

# read_tar(FILE): returns (\%members, \@problems): each member name maps to
# 'directory', ['file', CONTENTS] or ['link', TARGET, KIND].
sub read_tar {
    my ($archive) = @_;
    my (%members, @problems);
    open my $fh, '<:raw', $archive or return (\%members, ["cannot read $archive: $!"]);
    local $/;
    my $data = <$fh> // '';
    close $fh;
    my $ofs = 0;
    while (1) {
        if ($ofs + 512 > length $data) {
            push @problems, "$archive: unexpected end of archive";
            last;
        }
        my $header = substr($data, $ofs, 512);
        $ofs += 512;
        last if $header eq "\0" x 512;
        if (substr($header, 257, 5) ne 'ustar') {
            push @problems, "$archive: corrupt ustar header at byte " . ($ofs - 512);
            last;
        }
        my $sum = 0;
        my $copy = $header;
        substr($copy, 148, 8) = ' ' x 8;
        $sum += $_ for unpack('C*', $copy);
        if (octal(substr($header, 148, 8)) != $sum) {
            push @problems, "$archive: bad header checksum at byte " . ($ofs - 512);
            last;
        }
        my $name = unpack('Z100', $header);
        my $prefix = unpack('Z155', substr($header, 345, 155));
        $name = "$prefix/$name" if $prefix ne '';
        my $type = substr($header, 156, 1);
        my $size = octal(substr($header, 124, 12));
        my $link = unpack('Z100', substr($header, 157, 100));
        my $norm = normalize($name);
        if (!defined $norm || $norm eq '') {
            push @problems, "$archive: member with a bad name '$name'" if !defined $norm;
        } elsif ($type eq '5') {
            $members{$norm} = 'directory';
        } elsif ($type eq '0' || $type eq "\0") {
            $members{$norm} = ['file', substr($data, $ofs, $size)];
        } elsif ($type eq '1' || $type eq '2') {
            $members{$norm} = ['link', $link, $type];
        } else {
            push @problems, "$archive: member '$name' has unsupported type '$type'";
        }
        $size = 0 if $type eq '5' || $type eq '1' || $type eq '2';
        $ofs += int(($size + 511) / 512) * 512;
    }
    return (\%members, \@problems);
}

# Resolves the link members of %$M in place (see the top).
sub resolve_links {
    my ($m) = @_;
    for my $name (sort grep { ref $m->{$_} eq 'ARRAY' && $m->{$_}[0] eq 'link' } keys %$m) {
        my $target = $name;
        my $hops = 0;
        while (ref $m->{$target} eq 'ARRAY' && $m->{$target}[0] eq 'link' && $hops++ < 40) {
            my ($t, $kind) = @{$m->{$target}}[1, 2];
            my $dir = $target =~ m{^(.*)/} ? $1 : '';
            # A hard link names a member; a symbolic one is a path from its
            # directory (or the root, if absolute).
            $target = normalize($kind eq '1' || $t =~ m{^/} ? $t : "$dir/$t") // last;
        }
        my $value = $m->{$target};
        if (!defined $value || (ref $value eq 'ARRAY' && $value->[0] eq 'link')) {
            delete $m->{$name};                       # Dangling.
        } elsif (!ref $value) {
            $m->{$name} = 'directory';
            for my $sub (grep { index($_, "$target/") == 0 } keys %$m) {
                $m->{$name . substr($sub, length $target)} //= $m->{$sub};
            }
        } else {
            $m->{$name} = $value;
        }
    }
}

# ---------------------------------------------------------------------------
# The expected tree.

# Reads host file FILE (OFS, LENGTH bytes of it, or all).  A relative
# name that is not found from here is looked for in the build directory
# (the standard checkers name programs as "tests/AREA/NAME").
sub host_file {
    my ($file, $ofs, $len) = @_;
    $file = tests::tests::build_dir() . "/$file" if !-e $file && $file !~ m{^/};
    open my $fh, '<:raw', $file or tests::tests::fail("cannot read $file: $!");
    local $/;
    my $data = <$fh> // '';
    close $fh;
    return defined $ofs ? substr($data, $ofs, $len) : $data;
}

# Flattens the expected tree HASH under PREFIX into %$OUT: name =>
# 'directory' or ['file', CONTENTS].
sub flatten {
    my ($hash, $prefix, $out) = @_;
    for my $key (keys %$hash) {
        my ($name, $value) = ("$prefix$key", $hash->{$key});
        if (ref $value eq 'HASH') {
            $out->{$name} = 'directory';
            flatten($value, "$name/", $out);
        } elsif (ref $value eq 'ARRAY') {
            $out->{$name} = ['file', @$value == 3 ? host_file(@$value) : $value->[0]];
        } else {
            $out->{$name} = ['file', host_file($value)];
        }
    }
}

sub describe {
    my ($value) = @_;
    return ref $value ? length($value->[1]) . '-byte file' : 'directory';
}

# ---------------------------------------------------------------------------

sub check_archive {
    my ($tree) = @_;
    my $test = $tests::tests::test;
    (my $prereq = $test) =~ s/-persistence$//;

    my @result = -e "$prereq.result" ? tests::tests::read_text_file("$prereq.result") : ();
    tests::tests::fail("Prerequisite test " . basename($prereq) . " failed.")
        unless @result && $result[0] eq 'PASS';

    my @lines = @tests::tests::output;
    tests::tests::common_checks('file system extraction run', @lines);
    my @fsck = grep { /^fsck: / } @lines;
    tests::tests::fail('The disk the test left is not consistent (found at the next boot):',
                       @fsck) if @fsck;
    my @core = tests::tests::get_core_output('file system extraction run', @lines);
    my @errors = grep { !/^[^\s:]+: exit\(\d+\)$/ } @core;
    tests::tests::fail('Error extracting the file system:', @errors) if @errors;

    my %expected;
    my $tar = tests::tests::build_dir() . '/tests/filesys/extended/tar';
    my $put = sub { -e "$_[0].stripped" ? "$_[0].stripped" : $_[0] };
    flatten({%$tree, basename($prereq) => $put->($prereq), tar => $put->($tar)}, '', \%expected);
    my ($actual, $problems) = read_tar("$prereq.tar");
    tests::tests::fail(@$problems) if @$problems;
    resolve_links($actual);

    my @message;
    for my $name (sort keys %expected) {
        if (!exists $actual->{$name}) {
            push @message, "$name is missing from the file system.";
        } elsif (ref $actual->{$name} ne ref $expected{$name}) {
            push @message, "$name is a " . describe($actual->{$name}) . " but should be a "
                . describe($expected{$name}) . '.';
        }
    }
    for my $name (sort keys %$actual) {
        next if exists $expected{$name};
        (my $shown = $name) =~ s/[^[:print:]]/./g;
        push @message, "$shown exists in the file system but it should not.";
    }
    if (!@message) {
        for my $name (sort keys %expected) {
            next unless ref $expected{$name};
            my ($want, $got) = ($expected{$name}[1], $actual->{$name}[1]);
            next if $want eq $got;
            my $at = 0;
            $at++ while $at < length $want && $at < length $got
                && substr($want, $at, 1) eq substr($got, $at, 1);
            push @message, sprintf('%s differs from the expected contents at offset 0x%x '
                                   . '(%d bytes expected, %d found).',
                                   $name, $at, length $want, length $got);
        }
    }
    return unless @message;
    my $listing = sub {
        my ($fs) = @_;
        return map { (my $n = $_) =~ s/[^[:print:]]/./g; "  $n: " . describe($fs->{$_}) }
            sort keys %$fs;
    };
    tests::tests::fail('The file system left by the test is not what it should be:',
                       @message, '', 'Found:', $listing->($actual), '',
                       'Expected:', $listing->(\%expected));
}

1;
