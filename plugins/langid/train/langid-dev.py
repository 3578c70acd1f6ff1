#!/usr/bin/python3
"""Writes the langid dev sets (dev_{short,medium,long}.tsv) from the training corpora.

Usage: /usr/bin/python3 plugins/langid/train/langid-dev.py --data DIR --out DEVDIR

The 75 languages of Lingua's count tables are trained on those tables only, so
their whole UDHR translations are unseen text: all of it is dev data.  For the
languages trained on the UDHR (langid-train.py's UDHR_EXTRA), only the held-out split (every 5th paragraph, as
langid-train.py --dev-dir) is used.  Items are cut like the benchmark's buckets:
short 20-60, medium 61-160, long 300-700 code points, at spaces.  A paragraph
whose letters are mostly of another script than the language's main one (Jawi
Malay, Cyrillic Bosnian) goes to dev_otherscript.tsv instead: the model knows
one script per language, except sr, whose Latin text is a case of its own.

Never reads eval_*.tsv.
"""
import argparse
import collections
import gzip
import os
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from importlib import import_module

_train = import_module("langid-train")
UDHR_EXTRA = _train.UDHR_EXTRA


def cut(paragraphs, lo, hi):
    """Pieces of lo..hi code points cut at spaces, as the trainer's --dev-dir cuts them."""
    return _train.cut_pieces(paragraphs, lo, hi, float("inf"))


def script_of(text):
    """The majority script of the letters (first word of the Unicode name)."""
    c = collections.Counter()
    for ch in text:
        if unicodedata.category(ch)[0] == "L":
            c[unicodedata.name(ch, "X").split()[0]] += 1
    return c.most_common(1)[0][0] if c else None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="/work/shared/data/langid")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    # The script of a Lingua language is that of its most frequent letter.
    lingua, top = {}, {}
    with gzip.open(os.path.join(args.data, "train_lingua_1grams.tsv.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            code, gram, count = line.rstrip("\n").split("\t")
            if int(count) > top.get(code, 0):
                top[code] = int(count)
                lingua[code] = script_of(gram)
    paras = collections.defaultdict(list)
    seen = collections.Counter()
    with open(os.path.join(args.data, "train_udhr.tsv"), encoding="utf-8") as f:
        for line in f:
            code, text = line.rstrip("\n").split("\t", 1)
            i = seen[code]
            seen[code] += 1
            if code in lingua or (code in UDHR_EXTRA and i % 5 == 4):
                paras[code].append(text)
    os.makedirs(args.out, exist_ok=True)
    files = {k: open(os.path.join(args.out, "dev_%s.tsv" % k), "w", encoding="utf-8")
             for k in ("short", "medium", "long", "otherscript")}
    for code in sorted(paras):
        main_script = lingua.get(code) or collections.Counter(script_of(p) for p in paras[code]).most_common(1)[0][0]
        same = [p for p in paras[code] if script_of(p) == main_script]
        other = [p for p in paras[code] if script_of(p) != main_script]
        for name, lo, hi in (("short", 20, 60), ("medium", 61, 160), ("long", 300, 700)):
            for piece in cut(same, lo, hi):
                files[name].write("%s\t%s\n" % (code, piece))
        for piece in cut(other, 61, 160):
            files["otherscript"].write("%s\t%s\n" % (code, piece))
    for f in files.values():
        f.close()


if __name__ == "__main__":
    main()
