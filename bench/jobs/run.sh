#!/bin/sh
# The configured-jobs benchmark: throughput (MB/s, documents/s) and peak RSS of `lector run` on a
# news corpus of >= 50 MB, for the default pipeline and for each stage alone, on 1 and 2 threads;
# then peak RSS on a corpus 10x larger (memory must stay flat); then the summary stage beside its
# peer, OTS, timed in the same run on a sample of the same corpus.  The other stages' peers (CLD2,
# compromise, the quotes baseline) are timed in their own benchmarks: bench/langid,
# bench/entities, bench/quotes.
#
#   sh bench/jobs/run.sh [BUILD_DIR] [SHARED_DIR] [MB]
#
# BUILD_DIR: a configured and built tree (default: _build); SHARED_DIR: the shared data and peers
# (default: ../shared beside the source tree); MB: corpus size (default 50).  The corpus is built
# here from the news texts of SHARED_DIR/data (summ/dev.jsonl and quotes/*.jsonl, repeated with
# distinct ids) and never committed.  Needs /usr/bin/time (Debian package time); the OTS peer
# needs ots libots-dev (compiled into a throw-away harness, never into Lector).
#
# Each throughput row is the median of REPEAT runs (environment, default 3): on a machine
# shared with other work single runs vary by a factor of two.  MB/s are megabytes of the
# JSON Lines input.  "segment alone" is given three ways: the whole command (read, segment,
# write every layer: the records are nine times the input), the stage's own time from
# --stats, and the stage's processor time (the time its thread ran, which on a busy machine
# is the fairer of the two).
set -eu
src=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$src/_build}" && pwd)
shared=$(cd "${2:-$src/../shared}" && pwd)
mb=${3:-50}
repeat=${REPEAT:-3}
python=/usr/bin/python3
tmp=$(mktemp -d "${TMPDIR:-/tmp}/jobs-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
lector="$build/lector-uninstalled"

# The corpus: every news text of the shared data, repeated with distinct ids to MB megabytes.
make_corpus() { # make_corpus MEGABYTES OUT
  $python - "$shared" "$1" "$2" <<'EOF'
import json, sys, glob
shared, mb, out = sys.argv[1], float(sys.argv[2]), sys.argv[3]
texts = []
for path in [f"{shared}/data/summ/dev.jsonl"] + sorted(glob.glob(f"{shared}/data/quotes/*.jsonl")):
    for line in open(path, encoding="utf-8"):
        record = json.loads(line)
        text = record.get("text") or record.get("article") or ""
        if text:
            texts.append(text)
target, size, n = mb * 1e6, 0, 0
with open(out, "w", encoding="utf-8") as f:
    while size < target:
        for text in texts:
            line = json.dumps({"id": f"news-{n}", "text": text}, ensure_ascii=False) + "\n"
            f.write(line)
            size += len(line.encode("utf-8"))
            n += 1
            if size >= target:
                break
print(n)
EOF
}

echo "building a ${mb} MB corpus from $shared/data (summ, quotes)..."
docs=$(make_corpus "$mb" "$tmp/corpus.jsonl")
bytes=$(stat -c %s "$tmp/corpus.jsonl")
echo "corpus: $docs documents, $(awk "BEGIN { printf \"%.1f\", $bytes / 1e6 }") MB"

# The default pipeline; each stage's own time comes from --stats.
default_stages=$("$lector" check | sed -n 's/^stages = //p')
echo "default pipeline: $default_stages"

# run CONFIG_STAGES JOBS OUTPUT_LAYERS -> "seconds maxrss_kb cpu_seconds", the median of
# $repeat runs by wall time, with the --stats table of that run in $tmp/stats
run() {
  printf '[pipeline]\nstages = %s\n' "$1" > "$tmp/bench.conf"
  : > "$tmp/runs"
  i=0
  while [ "$i" -lt "$repeat" ]; do
    /usr/bin/time -f '%e %M %U %S' -o "$tmp/time" \
      "$lector" run -q --stats -j "$2" ${3:+-l "$3"} -c "$tmp/bench.conf" -o /dev/null \
      "$tmp/corpus.jsonl" 2> "$tmp/stats.$i" || true
    echo "$(cat "$tmp/time") $i" >> "$tmp/runs"
    i=$((i + 1))
  done
  set -- $(sort -n "$tmp/runs" | sed -n "$(( (repeat + 1) / 2 ))p")
  cp "$tmp/stats.$5" "$tmp/stats"
  echo "$1 $2 $(awk -v u="$3" -v s="$4" 'BEGIN { print u + s }')"
}

# "cpu s" is the processor time of the whole process (user + system): with 2 threads on a
# machine that has 2 free cores the wall time would be about cpu s / 2.
printf '\n%-34s %7s %10s %10s %10s %9s %9s\n' "run (median of $repeat)" "threads" "wall s" "MB/s" "docs/s" "RSS MB" "cpu s"
report() { # report LABEL THREADS "seconds rss cpu"
  set -- "$1" "$2" $3
  awk -v label="$1" -v jobs="$2" -v s="$3" -v rss="$4" -v cpu="$5" -v bytes="$bytes" -v docs="$docs" \
    'BEGIN { printf "%-34s %7d %10.2f %10.1f %10.0f %9.1f %9.2f\n", label, jobs, s, bytes / 1e6 / s, docs / s, rss / 1024, cpu }'
}
for jobs in 1 2; do
  result=$(run "$default_stages" $jobs "")
  report "default pipeline, all layers" $jobs "$result"
  eval "wall_default_$jobs=\$(echo \$result | cut -d' ' -f1)"
  eval "cpu_default_$jobs=\$(echo \$result | cut -d' ' -f3)"
  result=$(run "$default_stages" $jobs "sentences")
  report "default pipeline, -l sentences" $jobs "$result"
  eval "wall_sentences_$jobs=\$(echo \$result | cut -d' ' -f1)"
  if [ "$jobs" -eq 1 ]; then cp "$tmp/stats" "$tmp/stats.default"; fi
done
awk -v a="$wall_default_1" -v b="$wall_default_2" -v c="$wall_sentences_1" -v d="$wall_sentences_2" \
  'BEGIN { printf "speed-up on 2 threads (default pipeline): %.2fx all layers, %.2fx -l sentences\n", a / b, c / d }'
awk -v a="$cpu_default_1" -v b="$cpu_default_2" -v w="$wall_default_2" \
  'BEGIN { printf "processor time on 2 threads / on 1 (all layers): %.2f; 2 threads kept %.2f cores busy\n", b / a, b / w }'

echo
echo "time in each stage (one thread, default pipeline, -l sentences; --stats of the median run):"
grep -E '^  ' "$tmp/stats.default"

echo
echo "segment alone (one thread):"
for layers in "" sentences; do
  result=$(run segment 1 "$layers")
  report "  whole command, ${layers:-all layers}" 1 "$result"
done
awk '$1 == "segment" { printf "  %-32s %7d %10.2f %10.1f\n  %-32s %7d %10.2f %10.1f\n", "stage (wall, --stats)", 1, $2, $4, "stage (processor time, --stats)", 1, $7, $9 }' "$tmp/stats"

echo
echo "peak RSS as the corpus grows 10x (default pipeline, 2 threads):"
big=$(awk "BEGIN { print $mb * 10 }")
make_corpus "$big" "$tmp/corpus10.jsonl" > /dev/null
for corpus in corpus corpus10; do
  size=$(stat -c %s "$tmp/$corpus.jsonl")
  printf '[pipeline]\nstages = %s\n' "$default_stages" > "$tmp/bench.conf"
  /usr/bin/time -f '%e %M' -o "$tmp/time" "$lector" run -q -j 2 -c "$tmp/bench.conf" \
    -o /dev/null "$tmp/$corpus.jsonl" || true
  set -- $(cat "$tmp/time")
  awk -v size="$size" -v s="$1" -v rss="$2" \
    'BEGIN { printf "  %8.1f MB: %6.2f s, %6.1f MB/s, peak RSS %6.1f MB\n", size / 1e6, s, size / 1e6 / s, rss / 1024 }'
done
rm -f "$tmp/corpus10.jsonl"

# Peers, on a sample of the corpus (they are slow).
echo
head -c 2000000 "$tmp/corpus.jsonl" | sed '$d' > "$tmp/sample.jsonl"
sample=$(stat -c %s "$tmp/sample.jsonl")
awk -v size="$sample" 'BEGIN { printf "peers on a %.1f MB sample of the same corpus (same run):\n", size / 1e6 }'
if pkg-config --exists libots-1 2> /dev/null && [ -f "$shared/peers/summ/ots_bench.c" ]; then
  cc -O2 -o "$tmp/ots_bench" "$shared/peers/summ/ots_bench.c" \
    $(pkg-config --cflags --libs libots-1 jansson glib-2.0)
  "$tmp/ots_bench" "$tmp/sample.jsonl" "$tmp/ots.out" lines 3 2> "$tmp/ots.time" || true
  ots_s=$($python -c 'import json,sys; print(json.loads(open(sys.argv[1]).read().strip().splitlines()[-1])["seconds"])' "$tmp/ots.time" 2>/dev/null || true)
  printf '[pipeline]\nstages = segment; summary\n' > "$tmp/bench.conf"
  "$lector" run -q --stats -j 1 -c "$tmp/bench.conf" -o /dev/null "$tmp/sample.jsonl" 2> "$tmp/stats" || true
  ours=$(awk '$1 == "summary" { print $2 }' "$tmp/stats")
  if [ -n "$ots_s" ] && [ -n "$ours" ]; then
    awk -v a="$ots_s" -v b="$ours" -v size="$sample" \
      'BEGIN { printf "  summary: OTS %.3f MB/s, Lector summary stage %.1f MB/s: %.0fx\n", size / 1e6 / a, size / 1e6 / b, a / b }'
  else
    echo "  summary: OTS timing not read (see $shared/peers/summ/ots_bench.c output format)"
    cat "$tmp/ots.time"
  fi
else
  echo "  summary: OTS not installed (apt-get install ots libots-dev)"
fi
