#!/usr/bin/python3
"""Chooses the summary engine's weights by k-fold cross-validation and reports held-out ROUGE.

usage: tune.py SUMMARY_BENCH DEV.jsonl ROUGE_DIR [--folds 10] [--seeds 5]

For every point of a small grid of weights, SUMMARY_BENCH --weights writes the 3-sentence
summaries of DEV (the engine of plugins/summary, through the same code the plugin runs).
Then, for each fold, the point with the best mean (R1 + R2) F1 on the other folds is chosen and
its summaries of the held-out fold are scored.  Printed: the mean ROUGE of the held-out folds
(the honest figure), how often each point won, and the in-sample score of the defaults.
DEV is evaluation data: nothing of it is written into the repository, only the few weights
that summarizer.c hard-codes.  ROUGE_DIR holds rouge.py (Debian python3-nltk for stemming).
Runs in about 2 minutes of one core.
"""
import argparse, collections, itertools, json, os, random, subprocess, sys, tempfile

GRID = {
    "length": (-0.5, -1.0, -1.5),
    "centrality": (0.0, 0.5, 1.0),
    "signature": (0.0, 0.5, 1.0),
    "numbers": (0.0, 1.0, 3.0),
    "quote": (0.0, -1.0, -2.0),
}
DEFAULT = (-1.0, 0.5, 0.5, 1.0, -1.0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bench"); ap.add_argument("dev"); ap.add_argument("rouge_dir")
    ap.add_argument("--folds", type=int, default=10); ap.add_argument("--seeds", type=int, default=5)
    a = ap.parse_args()
    sys.path.insert(0, a.rouge_dir)
    import rouge

    refs = {r["id"]: r["summary"] for r in map(json.loads, open(a.dev, encoding="utf-8"))}
    ids = list(refs)
    rtok = {i: rouge.tokenize(refs[i]) for i in ids}
    fast, full = {}, {}
    tmp = tempfile.mkdtemp(prefix="summ-tune-")

    def predictions(point):
        out = os.path.join(tmp, "p.jsonl")
        w = ",".join(repr(x) for x in point)
        subprocess.run([a.bench, "--weights", w, a.dev, out], check=True)
        return {r["id"]: r["summary"] for r in map(json.loads, open(out, encoding="utf-8"))}

    def r12(i, hyp):
        h = rouge.tokenize(hyp)
        return rouge.rouge_n(rtok[i], h, 1)[2] + rouge.rouge_n(rtok[i], h, 2)[2]

    points = list(itertools.product(*GRID.values()))
    if DEFAULT not in points:
        points.append(DEFAULT)
    preds = {}
    for p in points:
        preds[p] = predictions(p)
        fast[p] = {i: r12(i, preds[p].get(i, "")) for i in ids}

    def full_score(p, i):
        if (p, i) not in full:
            full[(p, i)] = rouge.score(refs[i], preds[p].get(i, ""))
        return full[(p, i)]

    keys = ("rouge1", "rouge2", "rougeLsum")
    runs, wins = [], collections.Counter()
    for seed in range(a.seeds):
        order = ids[:]; random.Random(seed).shuffle(order)
        tot = collections.Counter()
        for f in range(a.folds):
            test = order[f::a.folds]; ts = set(test)
            train = [i for i in order if i not in ts]
            best = max(points, key=lambda p: (sum(fast[p][i] for i in train), p == DEFAULT))
            wins[best] += 1
            for i in test:
                s = full_score(best, i)
                for k in keys: tot[k] += s[k]
        runs.append({k: 100 * tot[k] / len(ids) for k in keys})
    held = {k: round(sum(r[k] for r in runs) / len(runs), 2) for k in keys}
    insample = {k: round(100 * sum(full_score(DEFAULT, i)[k] for i in ids) / len(ids), 2) for k in keys}
    names = list(GRID)
    print(json.dumps({"held_out_mean": held, "folds": a.folds, "seeds": a.seeds,
                      "defaults_in_sample": insample,
                      "winners": [{"weights": dict(zip(names, p)), "folds_won": n}
                                  for p, n in wins.most_common(5)]}, indent=1))


if __name__ == "__main__":
    main()
