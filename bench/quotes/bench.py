#!/usr/bin/python3
"""Quote benchmark: the quotes plugin beside the regex baseline peer, same files, same run.

    /usr/bin/python3 bench/quotes/bench.py [--build _build] [--shared ../shared] [--runs 5]
                                           [--sets dev,authored-dev4,...] [--keep DIR]

--sets scores only the named files (the names of the tables below); --runs 0 skips the speed
runs, so one set is scored in seconds while a rule is being changed.

Quality, on each development file of the shared quotes data (dev.jsonl, dev2.jsonl), on our own
authored texts (bench/quotes/authored/, see bench/quotes/README.md) and on all of them
together, scored by the shared scorer (data/quotes/score.py):
  * lector, "segment; entities; quotes" with the real entities plugin;
  * lector with the test-only stand-in for entities (tests/plugins-quotes/fake_entities.la,
    capitalised runs of words), i.e. what quotes does with poor entities;
  * lector with an empty entities layer (speakers from the text alone);
  * the peer: the regex baseline of peers/quotes/baseline.py (direct quotes only).
Speed: the quotes stage alone on one core (taskset -c 0), over the development texts repeated to
about 8 MB: the CPU time of `lector run -j 1` with the stage minus without it (medians of --runs
runs), which includes writing the quotes layer as JSON; the baseline's wall time on the same file
(one Python process) for the ratio.
"""
import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
# Our own texts, written for Lector and annotated by GUIDELINES.md (bench/quotes/README.md).
AUTHORED = {"authored-dev": os.path.join(HERE, "authored", "dev", "blind.jsonl"),
            "authored-dev2": os.path.join(HERE, "authored", "dev2", "blind3.jsonl"),
            "authored-dev3": os.path.join(HERE, "authored", "dev3", "blind2.jsonl"),
            "authored-dev4": os.path.join(HERE, "authored", "dev4", "blind4.jsonl"),
            "authored-test3": os.path.join(HERE, "authored", "test3", "blind5.jsonl"),
            "authored-test4": os.path.join(HERE, "authored", "test4", "blind6.jsonl")}
SRC = os.path.dirname(os.path.dirname(HERE))


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def strip(gold, out):
    with open(gold, encoding="utf-8") as f, open(out, "w", encoding="utf-8") as o:
        for line in f:
            if line.strip():
                d = json.loads(line)
                o.write(json.dumps({"id": d["id"], "text": d["text"]}, ensure_ascii=False) + "\n")


def write_conf(path, entities, quotes=True):
    stage = {
        "real": "",
        "standin": "[stage entities]\nplugin = fake_entities\ncapitalized = true\n",
        "empty": "[stage entities]\nplugin = fake_entities\n",
    }[entities]
    with open(path, "w") as f:
        f.write("[pipeline]\nname = bench\nstages = segment; entities%s\n" % ("; quotes" if quotes else "")
                + stage)


def lector_env(build, extra_dirs=()):
    env = dict(os.environ)
    dirs = [os.path.join(build, "plugins", p) for p in ("segment", "entities", "quotes")]
    env["LECTOR_PLUGIN_PATH"] = ":".join(list(extra_dirs) + dirs)
    env["LECTOR_DATA_PATH"] = os.path.join(SRC, "plugins")
    return env


def lector_predict(build, conf, inp, pred, env):
    out = subprocess.run([os.path.join(build, "lector-uninstalled"), "run", "-q", "-c", conf,
                          "-f", "jsonl", "-j", "1", inp], check=True, capture_output=True, env=env,
                         text=True).stdout
    with open(pred, "w", encoding="utf-8") as o:
        for line in out.splitlines():
            d = json.loads(line)
            qs = []
            for q in d.get("layers", {}).get("quotes", []):
                p = {"quote_start": q["start"], "quote_end": q["end"], "speaker": q["speaker"],
                     "type": q["type"], "cue": q["cue"]}
                for k in ("speaker", "cue"):
                    if q.get(k + "_start") is not None:
                        p[k + "_start"], p[k + "_end"] = q[k + "_start"], q[k + "_end"]
                qs.append(p)
            o.write(json.dumps({"id": d["id"], "quotes": qs}, ensure_ascii=False) + "\n")


def score(scorer, gold, pred, types=None):
    cmd = [sys.executable, scorer, gold, pred, "--json"] + (["--types", types] if types else [])
    return json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)


def merge(files, out):
    with open(out, "w", encoding="utf-8") as o:
        for f in files:
            with open(f, encoding="utf-8") as i:
                o.write(i.read())


def cpu_seconds(cmd, env):
    """User + system CPU seconds of one child process (steadier than wall time on a shared machine)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, check=True, capture_output=True, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def stage_speed(build, conf, conf_without, big, size, env, runs):
    """MB/s of the quotes stage: the text size over the CPU time a run with the stage takes beyond
    the same run without it (medians of --runs runs each); includes writing the quotes layer."""
    taskset = ["taskset", "-c", "0"] if subprocess.run(["which", "taskset"], capture_output=True).returncode == 0 else []
    lector = os.path.join(build, "lector-uninstalled")
    with_, without = [], []
    for _ in range(runs):
        for c, acc in ((conf, with_), (conf_without, without)):
            acc.append(cpu_seconds(taskset + [lector, "run", "-q", "-j", "1", "-c", c, "-f", "jsonl",
                                              "-o", os.devnull, big], env))
    delta = statistics.median(with_) - statistics.median(without)
    return size / 1e6 / delta, statistics.median(with_), statistics.median(without)


def bench(a, build, data, scorer, baseline, env, tmp):
    """Runs the benchmark in @tmp and prints its tables."""
    files = {s: os.path.join(data, s + ".jsonl") for s in ("dev", "dev2")}
    files.update(AUTHORED)
    if a.sets:
        files = {s: files[s] for s in a.sets}
    os.makedirs(tmp, exist_ok=True)
    confs = {}
    for kind in ("real", "standin", "empty"):
        confs[kind] = os.path.join(tmp, kind + ".conf")
        write_conf(confs[kind], kind)
        confs[kind + "-"] = os.path.join(tmp, kind + "-without.conf")
        write_conf(confs[kind + "-"], kind, quotes=False)

    sets = list(files)
    systems = [("lector quotes (entities plugin)", "real"), ("lector quotes (stand-in entities)", "standin"),
               ("lector quotes (no entities)", "empty"), ("peer: regex baseline", "peer")]
    for s in sets:
        strip(files[s], os.path.join(tmp, s + ".in.jsonl"))
        for name, kind in systems:
            pred = os.path.join(tmp, f"{s}.{kind}.pred.jsonl")
            if kind == "peer":
                with open(pred, "w") as o:
                    run([sys.executable, baseline, os.path.join(tmp, s + ".in.jsonl")], stdout=o)
            else:
                lector_predict(build, confs[kind], os.path.join(tmp, s + ".in.jsonl"), pred, env)
    merge([files[s] for s in sets], os.path.join(tmp, "all.gold.jsonl"))
    for _, kind in systems:
        merge([os.path.join(tmp, f"{s}.{kind}.pred.jsonl") for s in sets], os.path.join(tmp, f"all.{kind}.pred.jsonl"))

    print("Quotes: span exact F1 on direct quotes (bar 0.97), speaker accuracy lenient over all matched")
    print("quotes (bar 0.90), end-to-end F1 over all types (bar 0.80; overlap match + right speaker),")
    print("recall of indirect quotes, and end-to-end F1 on direct quotes only (the baseline's own task).")
    print("Data: the shared development files and authored-dev to -dev4, which the rules were")
    print("developed on, and authored-test3 and -test4, which they were not (none is held out).")
    for s in sets + ["all"]:
        gold = files[s] if s != "all" else os.path.join(tmp, "all.gold.jsonl")
        n = sum(1 for l in open(gold) if l.strip())
        print(f"\n{s}: {n} documents")
        print(f"  {'system':36s} {'direct F1':>9s} {'spk acc':>8s} {'e2e F1':>7s} {'e2e exact':>9s} "
              f"{'indirect R':>10s} {'e2e direct':>10s}")
        for name, kind in systems:
            pred = os.path.join(tmp, f"{s}.{kind}.pred.jsonl")
            r_all = score(scorer, gold, pred)
            r_dir = score(scorer, gold, pred, "direct")
            ind = r_all["recall_by_gold_type"].get("indirect", [0, 0])[0]
            print(f"  {name:36s} {r_dir['span_exact']['f']:9.3f} {r_all['speaker_acc_lenient']:8.3f} "
                  f"{r_all['e2e_overlap']['f']:7.3f} {r_all['e2e_exact']['f']:9.3f} {ind:10.3f} "
                  f"{r_dir['e2e_overlap']['f']:10.3f}")

    if a.runs <= 0:
        return
    # Speed: the dev texts repeated to about 8 MB.
    texts = []
    for s in ("dev", "dev2"):
        strip(os.path.join(data, s + ".jsonl"), os.path.join(tmp, s + ".in.jsonl"))
        texts += [json.loads(l) for l in open(os.path.join(tmp, s + ".in.jsonl"))]
    big = os.path.join(tmp, "big.jsonl")
    size = 0
    with open(big, "w", encoding="utf-8") as o:
        r = 0
        while size < 8_000_000:
            for d in texts:
                line = json.dumps({"id": f"{d['id']}-{r}", "text": d["text"]}, ensure_ascii=False) + "\n"
                o.write(line)
                size += len(d["text"].encode("utf-8"))
            r += 1
    print(f"\nSpeed on one core: {size / 1e6:.1f} MB of text ({r} copies of the dev texts); CPU time of")
    print(f"`lector run -j 1` with and without the quotes stage, medians of {a.runs} runs each")
    for name, kind in systems[:2]:
        mbs, t_with, t_without = stage_speed(build, confs[kind], confs[kind + "-"], big, size, env, a.runs)
        print(f"  {name:36s} quotes stage {mbs:7.1f} MB/s   ({t_with:.2f} s - {t_without:.2f} s without it)")
        if kind == "real":
            ours = mbs
    times = []
    for _ in range(min(a.runs, 3)):
        t0 = time.perf_counter()
        run([sys.executable, baseline, big], stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
    peer = size / 1e6 / statistics.median(times)
    print(f"  {'peer: regex baseline (whole run)':36s} {peer:7.1f} MB/s")
    print(f"  ratio quotes stage / peer: {ours / peer:.1f}x")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default=os.path.join(SRC, "_build"))
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(SRC), "shared"))
    ap.add_argument("--runs", type=int, default=5, help="speed runs (median); 0 for none")
    ap.add_argument("--sets", type=lambda v: v.split(","),
                    help="comma-separated sets to score: dev, dev2, " + ", ".join(AUTHORED))
    ap.add_argument("--keep", help="keep inputs and predictions in this directory")
    a = ap.parse_args()
    unknown = [n for n in a.sets or [] if n not in ("dev", "dev2") and n not in AUTHORED]
    if unknown:
        ap.error(f"unknown set {unknown[0]!r}: the sets are dev, dev2, " + ", ".join(AUTHORED))
    build = os.path.abspath(a.build)
    data = os.path.join(a.shared, "data", "quotes")
    scorer = os.path.join(data, "score.py")
    baseline = os.path.join(a.shared, "peers", "quotes", "baseline.py")
    missing = [f for f in [os.path.join(data, n + ".jsonl") for n in ("dev", "dev2")] + [scorer, baseline]
               if not os.path.exists(f)]
    if missing:
        sys.exit(f"bench.py: {missing[0]} is missing: the evaluation data and the peer come from the "
                 f"shared folder; give it with --shared DIR (now {a.shared})")
    run(["make", "-s", "-C", build, "tests/plugins-quotes/fake_entities.la"], stdout=subprocess.DEVNULL)
    fake_dir = os.path.join(build, "tests", "plugins-quotes")
    env = lector_env(build, [fake_dir])

    tmp = a.keep or tempfile.mkdtemp(prefix="quotes-bench.")
    try:
        bench(a, build, data, scorer, baseline, env, tmp)
    finally:
        if not a.keep:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
