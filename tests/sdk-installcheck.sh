#!/bin/sh
# The plugin author's path, end to end, against an installed Lector (run by
# `make installcheck`, and so by `make distcheck`): generate a plugin with
# `lector new-plugin`, build it out of tree with only pkg-config, run its tests, install
# it where Lector looks, run it in a pipeline, check its layer, uninstall it.
#   usage: sdk-installcheck.sh BINDIR LIBDIR
set -eu
bindir=$1
libdir=$2
lector="$bindir/lector"
work=$(mktemp -d "${TMPDIR:-/tmp}/lector-sdk-XXXXXX")
trap 'rm -rf "$work"' EXIT
# Only what is installed counts: no build-tree paths.
unset LECTOR_PLUGIN_PATH LECTOR_DATA_PATH LECTOR_TEMPLATE_DIR
PKG_CONFIG_PATH="$libdir/pkgconfig${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}"
export PKG_CONFIG_PATH
LD_LIBRARY_PATH="$libdir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export LD_LIBRARY_PATH

step() { printf 'sdk-installcheck: %s\n' "$*"; }
fail() { printf 'sdk-installcheck: FAILED: %s\n' "$*" >&2; exit 1; }

step "names that cannot load are refused"
if "$lector" new-plugin -o "$work/bad" libthing 2>"$work/err"; then fail "libthing accepted"; fi
grep -q "starts with 'lib'" "$work/err" || fail "no reason given for libthing"
if "$lector" new-plugin -o "$work/bad" 'Big.Name' 2>"$work/err"; then fail "Big.Name accepted"; fi

step "lector new-plugin word-stats"
cd "$work"
"$lector" new-plugin word-stats --provides wordstats > new-plugin.log
cd word-stats
grep -q 'LECTOR_PLUGIN_DEFINE (word_stats' word-stats.c || fail "name not substituted"

step "./autogen.sh && ./configure && make && make check"
( ./autogen.sh && ./configure && make && make check ) > "$work/build.log" 2>&1 \
  || { cat "$work/build.log"; fail "the generated project does not build and pass its tests"; }
grep -q '^# PASS: *4' test-suite.log || { cat test-suite.log; fail "the template's 4 tests did not all pass"; }

step "make install (into $(pkg-config --variable=pluginsdir lector))"
make install > "$work/install.log" 2>&1 || { cat "$work/install.log"; fail "make install"; }
"$lector" plugins word-stats > "$work/plugins.log" 2>&1 \
  || { cat "$work/plugins.log"; fail "lector plugins does not list the installed plugin"; }
grep -q 'provides: wordstats' "$work/plugins.log" || fail "wrong descriptor"

step "run it in a pipeline"
printf 'Cats chase mice. Mice fear cats.' > "$work/doc.txt"
printf '[pipeline]\nstages = segment; word-stats\n\n[stage word-stats]\ntop = 1\n' > "$work/ws.conf"
"$lector" run -q -f jsonl -c "$work/ws.conf" "$work/doc.txt" > "$work/out.jsonl" \
  || fail "lector run with the new plugin"
# The layer marks "Cats" (0-4) and "Mice" (17-21), the most frequent word of each sentence.
grep -q '"wordstats": *\[{"start": *0, *"end": *4, *"label": *"cats"' "$work/out.jsonl" \
  && grep -q '{"start": *17, *"end": *21, *"label": *"mice"' "$work/out.jsonl" \
  || { cat "$work/out.jsonl"; fail "unexpected wordstats layer"; }

step "make uninstall"
make uninstall > /dev/null 2>&1 || fail "make uninstall"
if "$lector" plugins word-stats > /dev/null 2>&1; then fail "still listed after uninstall"; fi
step "ok"
