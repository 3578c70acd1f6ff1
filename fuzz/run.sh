#!/bin/sh
# Builds the libFuzzer targets with clang and runs them (fuzz/README.md).
#
#   fuzz/run.sh TARGET|all [SECONDS]    run one target, or each in turn, SECONDS each (60)
#   fuzz/run.sh --build                 only build them
#
# Targets: config jsonl segmenter langid entities quotes summary.
# Environment:
#   FUZZ_BUILDDIR  where to build and keep corpora, crashes and logs (default: _build-fuzz in
#                  the source tree); the build is reused, only what changed is rebuilt
#   FUZZ_JOBS      how many targets run at the same time with `all` (default 1)
#   FUZZ_ARGS      more libFuzzer options (e.g. "-fork=2 -ignore_crashes=1")
#   CC             the compiler (default clang; it needs libFuzzer: libclang-rt-14-dev)
# Exit status: 0 when no target crashed, 1 when one did (the input is in
# $FUZZ_BUILDDIR/crashes/TARGET/, the report in $FUZZ_BUILDDIR/logs/TARGET.log), 2 when
# the targets could not be built.
set -u

all_targets="config jsonl segmenter langid entities quotes summary"
srcdir=$(cd "$(dirname "$0")/.." && pwd)
builddir=${FUZZ_BUILDDIR:-$srcdir/_build-fuzz}
jobs=${FUZZ_JOBS:-1}
CC=${CC:-clang}

usage() {
  echo "usage: fuzz/run.sh TARGET|all [SECONDS] | --build; targets: $all_targets" >&2
  exit 2
}

build_only=no
case ${1:-} in
  --build) build_only=yes; targets=$all_targets ;;
  all) targets=$all_targets ;;
  "") usage ;;
  *)
    case " $all_targets " in
      *" $1 "*) targets=$1 ;;
      *) usage ;;
    esac
    ;;
esac
seconds=${2:-60}
case $seconds in
  '' | *[!0-9]*) usage ;;
esac

mkdir -p "$builddir" || exit 2
builddir=$(cd "$builddir" && pwd)

# --- build ------------------------------------------------------------------------------

# automake cannot build out of a source tree that is configured in place: then the
# sources are copied, with their times, so that only what changed is rebuilt.
if [ -f "$srcdir/config.status" ]; then
  if ! git -C "$srcdir" rev-parse --git-dir > /dev/null 2>&1; then
    echo "fuzz/run.sh: $srcdir is configured in place and is not a git checkout;" \
      "run 'make distclean' there or fuzz from an unpacked release tarball" >&2
    exit 2
  fi
  src=$builddir/src
  mkdir -p "$src"
  (cd "$srcdir" && git ls-files -z --cached --others --exclude-standard \
    | tar --null -T - --ignore-failed-read -cf - 2> /dev/null) | (cd "$src" && tar -xf -) || exit 2
else
  src=$srcdir
fi
if [ "$(cat "$builddir/source-dir" 2> /dev/null)" != "$src" ]; then
  rm -rf "$builddir/build"
  echo "$src" > "$builddir/source-dir"
fi
if [ ! -x "$src/configure" ]; then
  echo "+ autogen.sh in $src"
  (cd "$src" && ./autogen.sh) > "$builddir/autogen.log" 2>&1 \
    || { cat "$builddir/autogen.log"; exit 2; }
fi
mkdir -p "$builddir/build" "$builddir/logs"
if [ ! -f "$builddir/build/Makefile" ]; then
  echo "+ configure (CC=$CC, libFuzzer, AddressSanitizer, UndefinedBehaviorSanitizer) in $builddir/build"
  sanitize="-fsanitize=address,undefined -fno-sanitize-recover=undefined"
  (cd "$builddir/build" && "$src/configure" CC="$CC" \
    CFLAGS="-g -O2 -fno-omit-frame-pointer -fsanitize=fuzzer-no-link $sanitize -Wno-unknown-warning-option" \
    LDFLAGS="$sanitize") > "$builddir/logs/configure.log" 2>&1 \
    || { tail -n 30 "$builddir/logs/configure.log"; echo "fuzz/run.sh: configure failed" >&2; exit 2; }
fi
ncpu=$(nproc 2> /dev/null || echo 2)
echo "+ make fuzz-targets"
make -C "$builddir/build" -j"$ncpu" fuzz-targets > "$builddir/logs/build.log" 2>&1 \
  || { tail -n 40 "$builddir/logs/build.log"; echo "fuzz/run.sh: the build failed" >&2; exit 2; }
[ "$build_only" = yes ] && { echo "built in $builddir/build/fuzz"; exit 0; }

# --- run --------------------------------------------------------------------------------

export LECTOR_DATA_PATH=$srcdir/plugins
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

run_target() { # run_target TARGET: runs it for $seconds; its status is libFuzzer's
  t=$1
  case $t in
    config | jsonl) dict=$srcdir/fuzz/dict/$t.dict ;;
    *) dict=$srcdir/fuzz/dict/text.dict ;;
  esac
  case $t in
    jsonl) max_len=8192 ;; # lines longer than the 4096-byte slack of a limit of 0
    *) max_len=4096 ;;
  esac
  corpus=$builddir/corpus/$t
  crashes=$builddir/crashes/$t
  mkdir -p "$corpus" "$crashes"
  set -- "$srcdir/fuzz/corpus/$t"
  [ -d "$srcdir/tests/fuzz-regressions/$t" ] && set -- "$@" "$srcdir/tests/fuzz-regressions/$t"
  before=$(ls "$crashes" | wc -l)
  # shellcheck disable=SC2086 # FUZZ_ARGS is a list of options
  "$builddir/build/fuzz/fuzz-$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len="$max_len" -dict="$dict" -artifact_prefix="$crashes/" -print_final_stats=1 \
    ${FUZZ_ARGS:-} "$corpus" "$@" > "$builddir/logs/$t.log" 2>&1
  status=$?
  # With -fork and -ignore_crashes libFuzzer exits 0 after saving crashes.
  [ "$status" -eq 0 ] && [ "$(ls "$crashes" | wc -l)" -gt "$before" ] && status=1
  return $status
}

report() { # report TARGET STATUS
  t=$1
  log=$builddir/logs/$t.log
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  [ -n "$runs" ] || runs=$(grep -o '^#[0-9]*' "$log" | tail -n 1 | tr -d '#') # -fork
  cov=$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -n 1)
  if [ "$2" -eq 0 ]; then
    echo "ok   $t: ${runs:-?} runs in ${seconds}s, $cov"
  else
    echo "FAIL $t: exit status $2 after ${runs:-?} runs; $log:"
    grep -m 1 -A 30 '^==[0-9]*==ERROR\|fuzz check failed\|runtime error\|^SUMMARY\|ERROR: libFuzzer' "$log" | head -n 40
    ls -t "$builddir/crashes/$t/" | sed "s|^|  crash input: $builddir/crashes/$t/|"
    echo "  replay: $builddir/build/fuzz/fuzz-$t FILE   (or tests/test-fuzz-$t FILE in a normal build)"
  fi
}

failed=0
set -- $targets
while [ $# -gt 0 ]; do
  batch=""
  n=0
  while [ $# -gt 0 ] && [ "$n" -lt "$jobs" ]; do
    batch="$batch $1"
    shift
    n=$((n + 1))
  done
  echo "+ fuzzing$batch for ${seconds}s"
  for t in $batch; do
    (run_target "$t"; echo $? > "$builddir/logs/$t.status") &
  done
  wait
  for t in $batch; do
    status=$(cat "$builddir/logs/$t.status")
    report "$t" "$status"
    [ "$status" -eq 0 ] || failed=1
  done
done
exit $failed
