#!/usr/bin/python3
"""Builds langid-groups.model: the word-level second stage for confusable languages.

Usage (from the repository root, Debian's python3, ~1 min and ~1 GB on one core):

    /usr/bin/python3 plugins/langid/train/langid-groups-train.py \
        --data /work/shared/data/langid --out plugins/langid/langid-groups.model

The first stage (langid.model) scores letters inside words.  Between close
relatives (Malay and Indonesian, Bosnian and Croatian, the Norwegians and
Danish, ...) the telling differences are whole words and word endings
("ikkje"/"ikke", "tko"/"ko", "-nya" vs "-nja"), so this stage scores words'
boundaries.  Lingua's count tables have no word boundaries, but their n-grams
never cross one and nothing was pruned, so boundaries can be recovered exactly:
    starts(g) = count(g) - sum_x count(xg)      (g begins a word)
    ends(g)   = count(g) - sum_x count(gx)      (g ends a word)
    words(g)  = count(g) - sum_x count(xg) - sum_y count(gy) + sum_xy count(xgy)
for g up to 4 letters (3 for whole words).  A word of up to 3 letters gives the
feature " w " (the whole word); a longer one " abcd" (its first four letters)
and "wxyz " (its last four), and every word its inner 5-grams.

For each group, a feature's value for member L is its log rate per word in L
minus that of the group's best member (add-beta smoothing), at least
-2 x clip: a naive-Bayes log-likelihood ratio whose clipping keeps one name or
foreign word from deciding a text.  Features whose members differ by less than
2 x --min-llr, or seen fewer than --min-count times in the group, are dropped.
(For a pair this is the ratio centred on the pair's mean and clipped to +-clip.)

Never reads eval_*.tsv.  Output layout: plugins/langid/lid-groups.h.
"""
import argparse
import collections
import gzip
import math
import os
import pickle
import struct
import sys

MAGIC = b"LGIDGRP1"
MAGIC_END = b"LGIDEND1"
VERSION = 2
MAX_MEMBERS = 3

# Languages that are hard to tell apart letter by letter and written in one script.
# "sr/Latn": Serbian in Latin letters, a member by its words only (the first stage's
# Serbian is Cyrillic); its features are Lingua's Cyrillic counts transliterated.
GROUPS = [("ms", "id"), ("bs", "hr", "sr/Latn"), ("nb", "nn", "da"), ("cs", "sk"), ("zu", "xh"), ("hi", "mr"),
          ("ca", "es"), ("af", "nl"), ("mk", "bg"), ("tn", "st")]

M64 = (1 << 64) - 1


def feature_hash(feat):
    """Like the first stage's n-gram hash (code points last to first), with a
    different length tag so that the two stages' keys never meet."""
    h = 0x9E3779B97F4A7C15
    for c in reversed(feat):
        h = ((h ^ ord(c)) * 0x100000001B3) & M64
        h ^= h >> 29
    h ^= len(feat) + 16
    h ^= h >> 30
    h = (h * 0xBF58476D1CE4E5B9) & M64
    h ^= h >> 27
    h = (h * 0x94D049BB133111EB) & M64
    return h ^ (h >> 31)


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def read_counts(data_dir, langs):
    """counts[lang][n][gram] for n = 1..5, the group languages only."""
    counts = {l: [None] + [dict() for _ in range(5)] for l in langs}
    for n in range(1, 6):
        path = os.path.join(data_dir, "train_lingua_%dgrams.tsv.gz" % n)
        log("reading %s" % path)
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                code, rest = line.split("\t", 1)
                if code in counts:
                    gram, c = rest.rstrip("\n").split("\t")
                    counts[code][n][gram] = int(c)
    return counts


def features_of(cnt):
    """Word-boundary features and their counts, and the number of words."""
    feats = collections.Counter()
    pre = [collections.Counter() for _ in range(6)]  # pre[n][g]: sum_x count(xg), g of n letters
    suf = [collections.Counter() for _ in range(6)]  # suf[n][g]: sum_y count(gy)
    for n in range(2, 6):
        for g, c in cnt[n].items():
            pre[n - 1][g[1:]] += c
            suf[n - 1][g[:-1]] += c
    words = 0
    for g, c in cnt[1].items():
        words += c - pre[1][g]  # every word has exactly one first letter
    for n in range(1, 4):
        for g, c in cnt[n].items():
            w = c - pre[n][g] - suf[n][g] + sum_xgy(cnt, g)
            if w > 0:
                feats[" " + g + " "] = w
    for g, c in cnt[4].items():
        s = c - pre[4][g]
        e = c - suf[4][g]
        if s > 0:
            feats[" " + g] = s
        if e > 0:
            feats[g + " "] = e
    for g, c in cnt[5].items():
        feats[g] = c
    return feats, words


_xgy_cache = {}


def sum_xgy(cnt, g):
    """sum over letters x, y of count(x g y), for g of 1 to 3 letters."""
    key = (id(cnt), len(g))
    table = _xgy_cache.get(key)
    if table is None:
        table = collections.Counter()
        for h, c in cnt[len(g) + 2].items():
            table[h[1:-1]] += c
        _xgy_cache[key] = table
    return table[g]


# Serbian Cyrillic to Gaj's Latin alphabet.
SR_LATIN = dict(zip("абвгдђежзијклљмнњопрстћуфхцчџш",
                    "a b v g d đ e ž z i j k l lj m n nj o p r s t ć u f h c č dž š".split()))


def latin_features(feats):
    """The Latin-letter features of Serbian from its Cyrillic ones.  Transliteration
    lengthens љ, њ, џ into two letters, so a Cyrillic feature is cut back to the
    Latin feature the engine reads at the same place: a word's first or last four
    letters, the 5-gram ending where the Cyrillic one ends; a short word that
    grows past three letters gives its start, end and inner 5-grams."""
    out = collections.Counter()

    def tr(g):
        return "".join(SR_LATIN.get(c, c) for c in g)

    for f, c in feats.items():
        if f.startswith(" ") and f.endswith(" "):
            w = tr(f[1:-1])
            if len(w) <= 3:
                out[" " + w + " "] += c
            else:
                out[" " + w[:4]] += c
                out[w[-4:] + " "] += c
                for i in range(len(w) - 4):
                    out[w[i:i + 5]] += c
        elif f.startswith(" "):
            out[" " + tr(f[1:])[:4]] += c
        elif f.endswith(" "):
            out[tr(f[:-1])[-4:] + " "] += c
        else:
            out[tr(f)[-5:]] += c
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="/work/shared/data/langid")
    ap.add_argument("--out", default="plugins/langid/langid-groups.model")
    ap.add_argument("--beta", type=float, default=1.0, help="add-beta smoothing of feature counts")
    ap.add_argument("--clip", type=float, default=4.0, help="largest |log-likelihood ratio| of one feature, nats")
    ap.add_argument("--min-llr", type=float, default=1.0, help="drop features weaker than this for every member")
    ap.add_argument("--min-count", type=int, default=50, help="drop features seen fewer times in the group")
    ap.add_argument("--cache", help="keep the derived word features in this pickle (experiments)")
    args = ap.parse_args()

    langs = sorted({l.split("/")[0] for g in GROUPS for l in g})
    if args.cache and os.path.exists(args.cache):
        with open(args.cache, "rb") as f:
            feats, words = pickle.load(f)
    else:
        counts = read_counts(args.data, langs)
        feats, words = {}, {}
        for l in langs:
            feats[l], words[l] = features_of(counts[l])
            log("%s: %d words, %d features" % (l, words[l], len(feats[l])))
        del counts
        feats["sr/Latn"], words["sr/Latn"] = latin_features(feats["sr"]), words["sr"]
        if args.cache:
            with open(args.cache, "wb") as f:
                pickle.dump((feats, words), f, protocol=pickle.HIGHEST_PROTOCOL)

    entries = []  # (hash, group, [values])
    scale = 2 * args.clip / 127.0
    for gi, members in enumerate(GROUPS):
        keys = set()
        for l in members:
            keys.update(feats[l])
        kept = 0
        for f in sorted(keys):
            cs = [feats[l].get(f, 0) for l in members]
            if sum(cs) < args.min_count:
                continue
            lr = [math.log((c + args.beta) / words[l]) for c, l in zip(cs, members)]
            # Members closer than 2 x min-llr count as equal (their mean): a weak
            # difference between two members must not ride along on a feature kept
            # for a third (for a pair, such a feature is simply dropped).
            order = sorted(range(len(lr)), key=lambda i: lr[i])
            clusters = [[order[0]]]
            for i in order[1:]:
                if lr[i] - lr[clusters[-1][-1]] < 2 * args.min_llr:
                    clusters[-1].append(i)
                else:
                    clusters.append([i])
            for cl in clusters:
                m = sum(lr[i] for i in cl) / len(cl)
                for i in cl:
                    lr[i] = m
            # Against the best member, so that two members far below a third keep
            # their difference (centred on the mean, both would be clipped alike).
            top = max(lr)
            v = [max(-2 * args.clip, x - top) for x in lr]
            if -min(v) < 2 * args.min_llr:
                continue
            q = [int(round(x / scale)) for x in v]
            entries.append((feature_hash(f), gi, q))
            kept += 1
        log("group %s: %d of %d features kept" % ("/".join(members), kept, len(keys)))

    # Buckets by the top bits of the hash; each entry: u16 fingerprint (the next 16
    # bits), u8 group, i8 value[MAX_MEMBERS].
    bits = max(4, (len(entries) // 4).bit_length())
    buckets = [[] for _ in range(1 << bits)]
    for h, gi, q in entries:
        buckets[h >> (64 - bits)].append((h, gi, q))
    bucket_off, recs = [], bytearray()
    n = 0
    for b in buckets:
        bucket_off.append(n)
        for h, gi, q in sorted(b):
            fp = (h >> (48 - bits)) & 0xFFFF
            recs += struct.pack("<HB%db" % MAX_MEMBERS, fp, gi, *(q + [0] * (MAX_MEMBERS - len(q))))
            n += 1
    bucket_off.append(n)
    groups = bytearray()
    for members in GROUPS:
        groups += struct.pack("<B", len(members))
        for i in range(MAX_MEMBERS):
            groups += struct.pack("<8s", members[i].encode() if i < len(members) else b"")
    out = bytearray(MAGIC)
    out += struct.pack("<IIIIf", VERSION, len(GROUPS), bits, n, scale)
    out += groups
    out += b"\0" * ((-len(out)) % 8)
    out += struct.pack("<%dI" % len(bucket_off), *bucket_off)
    out += recs
    out += MAGIC_END
    with open(args.out + ".tmp", "wb") as f:
        f.write(out)
    os.replace(args.out + ".tmp", args.out)
    log("wrote %s: %d features, %.2f MB" % (args.out, n, len(out) / 1e6))


if __name__ == "__main__":
    main()
