#!/bin/sh
# Memory checks (TAP): every GLib test program, and the lector command as the CLI end-to-end
# tests drive it, under valgrind: no invalid reads or writes, no definite leaks.  Run by
# `make check-valgrind` after `make check` has built the tests.
#   usage: valgrind.sh BUILDDIR SRCDIR PROGRAM...
set -u
builddir=$1
srcdir=$2
shift 2
libtool="$builddir/libtool"
suppressions="$srcdir/tests/valgrind.supp"
valgrind_flags="--quiet --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite
  --show-leak-kinds=definite --suppressions=$suppressions --num-callers=30"
work=$(mktemp -d "${TMPDIR:-/tmp}/lector-valgrind-XXXXXX")
trap 'rm -rf "$work"' EXIT

# The lector command under valgrind, for test-cli: valgrind's exit status 99 on an error
# makes the test that ran it fail.
cat > "$work/lector" << WRAPPER
#!/bin/sh
exec "$libtool" --mode=execute valgrind $(echo $valgrind_flags) --log-file="$work/lector.%p.log" "$builddir/core/lector" "\$@"
WRAPPER
chmod +x "$work/lector"

n=0
failed=0
for program in "$@"; do
  n=$((n + 1))
  log="$work/$(basename "$program").log"
  if [ "$(basename "$program")" = test-cli ]; then
    LECTOR="$work/lector" "$libtool" --mode=execute valgrind $valgrind_flags --trace-children=no \
      "$builddir/$program" > "$log" 2>&1
  else
    "$libtool" --mode=execute valgrind $valgrind_flags "$builddir/$program" > "$log" 2>&1
  fi
  status=$?
  # Errors of the spawned lector processes are in their own logs.
  child_runs=$(ls "$work"/lector.*.log 2> /dev/null | wc -l)
  child_errors=$(cat "$work"/lector.*.log 2> /dev/null | grep -c '^==[0-9]*== [A-Z]' || true)
  rm -f "$work"/lector.*.log
  if [ "$status" -eq 0 ] && [ "$child_errors" -eq 0 ]; then
    if [ "$child_runs" -gt 0 ]; then
      echo "ok $n - valgrind $program ($child_runs lector runs under valgrind)"
    else
      echo "ok $n - valgrind $program"
    fi
  else
    failed=$((failed + 1))
    echo "not ok $n - valgrind $program (exit $status, $child_errors errors in lector runs)"
    sed 's/^/# /' "$log" | tail -n 40
  fi
done
echo "1..$n"
[ "$failed" -eq 0 ]
