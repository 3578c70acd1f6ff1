# TAP helpers for the shell tests; sourced with `. "$top_srcdir/tests/tap.sh"`.
# check DESCRIPTION COMMAND… runs COMMAND and prints one test point; tap_done prints the plan
# and gives the script's exit status.
n=0
failed=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
not_ok() { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; }
check() {
  description=$1
  shift
  if "$@"; then ok "$description"; else not_ok "$description"; fi
}
tap_done() {
  echo "1..$n"
  [ "$failed" -eq 0 ]
}
