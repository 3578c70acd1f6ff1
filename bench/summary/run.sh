#!/bin/sh
# The summary benchmark: ROUGE and throughput of the summary plugin, OTS and Lead-3 on the same
# articles in the same run, side by side with the ratios.
#
#   sh bench/summary/run.sh [BUILD_DIR] [SHARED_DIR]
#
# BUILD_DIR: a configured and built tree (default: _build); SHARED_DIR: the shared data and peers
# (default: ../shared beside the source tree).  Needs Debian packages ots libots-dev
# libjansson-dev python3-nltk (apt-get install ots libots-dev libjansson-dev python3-nltk).
# OTS (GPL-2+) is compiled into a throw-away harness in a temporary directory, never into Lector.
# All three systems produce 3 sentences per article.  Throughput: OTS and Lead-3 time their
# summarization loop only; for Lector, "summary" is the summary stage alone over documents
# segmented beforehand, "pipeline" is segment + summary (medians of 9 rounds).  ROUGE is also
# given for the news pipeline (examples/news.conf), which should give the same summaries.
set -eu
src=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$src/_build}" && pwd)
shared=$(cd "${2:-$src/../shared}" && pwd)
data=$shared/data/summ/dev.jsonl
python=/usr/bin/python3
tmp=$(mktemp -d "${TMPDIR:-/tmp}/summary-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# The bench program: the summarizer engine and liblector of the build tree.
cc=${CC:-cc}
$cc -std=c11 -D_GNU_SOURCE -O2 -I"$src/include" -I"$build/include" -I"$src/plugins/summary" \
  -o "$tmp/summary-bench" "$src/bench/summary/summary-bench.c" "$src/plugins/summary/summarizer.c" \
  $(pkg-config --cflags --libs glib-2.0 jansson) -L"$build/core/.libs" -llector \
  -Wl,-rpath,"$build/core/.libs" -lm
$cc -O2 -o "$tmp/ots_bench" "$shared/peers/summ/ots_bench.c" \
  $(pkg-config --cflags --libs libots-1 jansson glib-2.0)

LECTOR_PLUGIN_PATH=$build/plugins/segment:$build/plugins/summary
export LECTOR_PLUGIN_PATH
"$tmp/summary-bench" "$data" "$tmp/lector.jsonl" 2>"$tmp/lector.time"
"$tmp/ots_bench" "$data" "$tmp/ots.jsonl" lines 3 2>"$tmp/ots.time"
$python "$shared/peers/summ/py_baselines.py" lead "$data" "$tmp/lead.jsonl" 3 2>"$tmp/lead.time"
# What users run: the news pipeline (examples/news.conf, also the default) over the same
# articles; its summaries should be the ones measured above, which entities or quotes could change.
$python -c '
import json, sys
with open(sys.argv[2], "w") as out:
    for line in open(sys.argv[1]):
        d = json.loads(line)
        out.write(json.dumps({"id": d["id"], "text": d["text"]}) + "\n")' "$data" "$tmp/news.in.jsonl"
"$build/lector-uninstalled" run -q -c "$src/examples/news.conf" -f jsonl "$tmp/news.in.jsonl" \
  | $python -c '
import json, sys
for line in sys.stdin:
    d = json.loads(line)
    print(json.dumps({"id": d["id"], "summary": d["meta"]["summary"]["text"]}))' > "$tmp/news.jsonl"

for s in lector news ots lead; do
  $python "$shared/data/summ/rouge.py" "$data" "$tmp/$s.jsonl" >"$tmp/$s.rouge"
done

$python - "$tmp" <<'EOF'
import json, sys
d = sys.argv[1]
def load(s):
    r = json.load(open(f"{d}/{s}.rouge"))
    t = json.loads(open(f"{d}/{s}.time").read().strip().splitlines()[-1])
    return r, t
lr, lt = load("lector"); orr, ot = load("ots"); ldr, ldt = load("lead")
nr = json.load(open(f"{d}/news.rouge"))
print(f"{lt['docs']} articles, {lt['bytes'] / 1e6:.2f} MB, 3 sentences each; ROUGE F1 x100 (R1 / R2 / RL / RLsum)")
print(f"{'system':28s} {'R1':>6s} {'R2':>6s} {'RL':>6s} {'RLsum':>6s} {'MB/s':>9s}")
def row(name, r, mbs):
    print(f"{name:28s} {r['rouge1']:6.2f} {r['rouge2']:6.2f} {r['rougeL']:6.2f} {r['rougeLsum']:6.2f} {mbs:9.3f}")
row("lector summary (stage)", lr, lt["summary_MB_per_s"])
row("lector segment+summary", lr, lt["pipeline_MB_per_s"])
print(f"{'lector news pipeline':28s} {nr['rouge1']:6.2f} {nr['rouge2']:6.2f} {nr['rougeL']:6.2f} {nr['rougeLsum']:6.2f}")
row("OTS (libots, lines 3)", orr, ot["MB_per_s"])
row("Lead-3 (Python regex)", ldr, ldt["MB_per_s"])
print()
print("lector - Lead-3:  R1 %+.2f  R2 %+.2f  RLsum %+.2f" % tuple(lr[k] - ldr[k] for k in ("rouge1", "rouge2", "rougeLsum")))
print("lector - OTS:     R1 %+.2f  R2 %+.2f  RLsum %+.2f" % tuple(lr[k] - orr[k] for k in ("rouge1", "rouge2", "rougeLsum")))
print("speed vs OTS: stage %.0fx, whole pipeline %.0fx" % (lt["summary_MB_per_s"] / ot["MB_per_s"], lt["pipeline_MB_per_s"] / ot["MB_per_s"]))
print("(segmentation alone: %.1f MB/s)" % lt["segment_MB_per_s"])
EOF
