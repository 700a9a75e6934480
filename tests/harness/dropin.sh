#!/bin/sh
# tests/harness/dropin.sh -- the test tests/harness/dropin: a sample test
# in the standard Pintos form (tests/harness/sample/: a C program, a child,
# a data file, two checkers and a Make.tests fragment) is dropped into
# tests/dropin/ of a scratch copy of the tree and run through the real
# harness (tests/build.mk in the scratch build directory), three times:
#
#   1. with a QEMU that cannot start (a stand-in that fails at once): the
#      run must leave no .output, and a .result that quotes .errors;
#   2. with the real QEMU: dropin-args must pass, judged by its own checker
#      (which recomputes a checksum and a random number with the standard
#      Perl modules and sees the Make.tests's KERNELFLAGS in the kernel
#      command line), and dropin-wrong, whose checker expects other
#      output, must fail;
#   3. `make` again: with everything up to date, nothing runs again.
#
# Usage, in the build directory: sh SRCDIR/tests/harness/dropin.sh SRCDIR
# Prints one line per fact; tests/harness/dropin.ck compares them.  The
# scratch tree is BUILD/tests/harness/dropin.tree (left for inspection).

src=$1
tree=$(pwd)/tests/harness/dropin.tree
rm -rf "$tree" && mkdir -p "$tree/build" "$tree/fake-bin" || exit 1

# The checkout without its build and version-control directories, and the
# sample test where a grader would put it.
(cd "$src" && tar cf - --exclude=./build --exclude=./.git .) | (cd "$tree" && tar xf -)
mkdir -p "$tree/tests/dropin"
cp "$src"/tests/harness/sample/*.c "$src"/tests/harness/sample/*.ck \
   "$src"/tests/harness/sample/data.txt "$tree/tests/dropin/"
cp "$src/tests/harness/sample/Make.tests.in" "$tree/tests/dropin/Make.tests"

# The kernel and the user library come from this build (the sample
# program, the test library and the checkers are built and run there).
cp -p kernel.elf "$tree/build/" && cp -pR uobj "$tree/build/" || exit 1

# A QEMU that cannot start.
printf '#!/bin/sh\necho "qemu-system-x86_64: stand-in QEMU, cannot start" >&2\nexit 1\n' \
  > "$tree/fake-bin/qemu-system-x86_64"
chmod +x "$tree/fake-bin/qemu-system-x86_64"

harness () {
  make -r --no-print-directory -C "$tree/build" -f "$tree/tests/build.mk" SRCDIR="$tree" "$@" \
    > "$tree/make.log" 2>&1
}
verdict () {
  if [ -e "$tree/build/tests/dropin/$1.result" ]; then
    head -n 1 "$tree/build/tests/dropin/$1.result"
  else
    echo "no result"
  fi
}
output () {
  if [ -e "$tree/build/tests/dropin/$1.output" ]; then echo "an output"; else echo "no output"; fi
}

# 1. QEMU cannot start.
PATH="$tree/fake-bin:$PATH" harness tests/dropin/dropin-args.result
echo "without QEMU: make exit status $([ $? -eq 0 ] && echo 0 || echo non-zero)"
echo "without QEMU: $(output dropin-args), result $(verdict dropin-args)"
if grep -q "stand-in QEMU, cannot start" "$tree/build/tests/dropin/dropin-args.result" 2>/dev/null; then
  echo "without QEMU: the result quotes the errors"
else
  echo "without QEMU: the result does not quote the errors"
fi

# 2. The real QEMU.
harness -k tests/dropin/dropin-args.result tests/dropin/dropin-wrong.result
echo "with QEMU: dropin-args $(output dropin-args), result $(verdict dropin-args)"
echo "with QEMU: dropin-wrong $(output dropin-wrong), result $(verdict dropin-wrong)"

# 3. Nothing to do the second time.
harness tests/dropin/dropin-args.result
if grep -q "pintos" "$tree/make.log"; then echo "again: ran again"; else echo "again: up to date"; fi

# For a failing check: what the harness said.
for t in dropin-args dropin-wrong; do
  [ "$(verdict $t)" = PASS ] || [ $t = dropin-wrong ] || sed 's/^/  /' "$tree/build/tests/dropin/$t.result"
done
exit 0
