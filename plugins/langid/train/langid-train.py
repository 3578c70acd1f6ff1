#!/usr/bin/python3
"""Builds langid.model, the langid plugin's binary model, from the open corpora.

Usage (from the repository root, Debian's python3, ~6 min of one core):

    /usr/bin/python3 plugins/langid/train/langid-train.py \
        --data /work/shared/data/langid --out plugins/langid/langid.model

What it does (plugins/langid/README.md explains why):
  * reads Lingua's character 1..5-gram count tables (75 languages, Leipzig news
    corpora) and, for the other languages, counts 1..5-grams of the UDHR
    translations (train_udhr.tsv, 4 of every 5 paragraphs: the 5th is the dev
    split that --dev-dir writes and that tuning uses);
  * turns each language's counts into a back-off character language model:
    P(c | previous n-1 letters) by Witten-Bell, and a per-language, per-order
    back-off cost for n-grams the language has not seen;
  * stores, for every kept n-gram, the languages that have seen it with a
    quantized "gain" over backing off, in a hashed table the C engine mmaps
    (format: plugins/langid/lid-model.h).

Never reads eval_*.tsv: those are evaluation only.
"""
import argparse
import collections
import gzip
import json
import math
import os
import pickle
import struct
import sys
import unicodedata

MAX_ORDER = 5
MAGIC = b"LGIDMDL1"
MAGIC_END = b"LGIDEND1"
FORMAT_VERSION = 3
DENSE_WIDTH = 192  # languages at most; a multiple of 32

# Languages added from the UDHR, beyond Lingua's 75.  Chosen for use (speakers,
# presence on the web) and for being distinguishable from their neighbours on
# 8-12 thousand characters of text.  Han-script varieties (yue, wuu, hak, ...)
# are left out: on short texts they cannot be told from zh reliably.
UDHR_EXTRA = """
ab ace ady af-skip ak am arn ast ay ba bal-skip ban bem bho bi bik bm bo br bug ca-skip ceb ch chr ckb
co crh crs cv dv dz ee fj fo fon fur fy gaa gd gl gn gv ha haw hil hmn ht hsb ia ig ilo io iu jv kab
kbd kg ki-skip kl km kn kri ku ky lb lij ln lo lua lus mad mai mfe mg mh min mt my nds ne nso ny oc om
os pam pap pcm ps qu rm rn rw sa sah sc sco sd-skip se sg si sm ss su tet tg ti tk to tpi tt ty tyv ug
uz ve vec wa war wo yi za zza-skip
""".split()
UDHR_EXTRA = [c for c in UDHR_EXTRA if not c.endswith("-skip")]

# English names where iso-codes has none or a long one.
NAME_OVERRIDES = {
    "el": "Greek", "ne": "Nepali", "ms": "Malay", "sw": "Swahili", "fa": "Persian", "et": "Estonian",
    "lv": "Latvian", "az": "Azerbaijani", "mn": "Mongolian", "sq": "Albanian", "uz": "Uzbek",
    "om": "Oromo", "qu": "Quechua", "mg": "Malagasy", "yi": "Yiddish", "ku": "Kurdish (Kurmanji)",
    "ckb": "Central Kurdish", "nb": "Norwegian Bokmål", "nn": "Norwegian Nynorsk", "ky": "Kyrgyz",
    "tl": "Tagalog", "gn": "Guarani", "ay": "Aymara", "oc": "Occitan", "pa": "Punjabi",
    "dv": "Dhivehi", "ps": "Pashto", "ia": "Interlingua", "hmn": "Hmong", "za": "Zhuang",
    "und": "Undetermined",
}


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def lower_char(c):
    """Simple (one-to-one) lower-casing, as g_unichar_tolower does."""
    lc = c.lower()
    return lc if len(lc) == 1 else c


def is_letter(c):
    return unicodedata.category(c)[0] == "L"


def letter_runs(text):
    run = []
    for c in text:
        if is_letter(c):
            run.append(lower_char(c))
        elif run:
            yield "".join(run)
            run = []
    if run:
        yield "".join(run)


# --- the hash shared with lid-model.c -----------------------------------------------------
M64 = (1 << 64) - 1


def mix64(h):
    # splitmix64's finaliser
    h ^= h >> 30
    h = (h * 0xBF58476D1CE4E5B9) & M64
    h ^= h >> 27
    h = (h * 0x94D049BB133111EB) & M64
    h ^= h >> 31
    return h


def ngram_hash(gram):
    """Hash of an n-gram, its code points taken from the last to the first, so the
    engine gets every suffix of a position in one pass."""
    h = 0x9E3779B97F4A7C15
    for c in reversed(gram):
        h = ((h ^ ord(c)) * 0x100000001B3) & M64
        h ^= h >> 29
    return mix64(h ^ len(gram))


# --- corpora --------------------------------------------------------------------------------
class LangCounts:
    """n-gram counts of one language: grams[n][gram] = count (orders 1..max_order),
    plus, for n >= 2, the number of distinct continuations T of each context."""

    def __init__(self, code, source):
        self.code = code
        self.source = source
        self.grams = [None] + [dict() for _ in range(MAX_ORDER)]
        self.types = [None] + [collections.Counter() for _ in range(MAX_ORDER)]
        self.total = [0] * (MAX_ORDER + 1)
        self.max_order = 0


def load_lingua(data_dir, min_count, langs_wanted=None):
    """Lingua's tables; counts below min_count[n] are dropped after their context
    statistics (T, totals) are taken, since Witten-Bell needs the full picture."""
    langs = {}
    for n in range(1, MAX_ORDER + 1):
        path = os.path.join(data_dir, "train_lingua_%dgrams.tsv.gz" % n)
        log("reading %s" % path)
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                code, gram, count = line.rstrip("\n").split("\t")
                if langs_wanted and code not in langs_wanted:
                    continue
                lc = langs.get(code)
                if lc is None:
                    lc = langs[code] = LangCounts(code, "lingua")
                count = int(count)
                lc.total[n] += count
                lc.max_order = max(lc.max_order, n)
                if n > 1:
                    lc.types[n][gram[:-1]] += 1
                if count >= min_count[n]:
                    lc.grams[n][gram] = count
    return langs


def read_udhr(data_dir):
    """UDHR paragraphs by language, split 4:1 into train and dev, by position."""
    train, dev = collections.defaultdict(list), collections.defaultdict(list)
    seen = collections.Counter()
    with open(os.path.join(data_dir, "train_udhr.tsv"), encoding="utf-8") as f:
        for line in f:
            code, text = line.rstrip("\n").split("\t", 1)
            i = seen[code]
            seen[code] += 1
            (dev if i % 5 == 4 else train)[code].append(text)
    return train, dev


def count_text(code, paragraphs, source):
    lc = LangCounts(code, source)
    for p in paragraphs:
        for run in letter_runs(p):
            for n in range(1, MAX_ORDER + 1):
                for i in range(len(run) - n + 1):
                    g = run[i:i + n]
                    lc.grams[n][g] = lc.grams[n].get(g, 0) + 1
                    lc.total[n] += 1
    for n in range(2, MAX_ORDER + 1):
        for g in lc.grams[n]:
            lc.types[n][g[:-1]] += 1
    lc.max_order = max([n for n in range(1, MAX_ORDER + 1) if lc.grams[n]] or [0])
    return lc


# --- the model ------------------------------------------------------------------------------
def build_entries(lc, args):
    """Per-language model values, as the engine sums them.

    For a position whose longest available n-gram order is e (the letters before it in
    its word, capped at the language's max order), the language's log-probability of the
    letter is base[e] + sum of gain(g_n) over the n-grams g_1..g_k it has seen, where g_n
    is the n-gram ending at the letter; this telescopes to the back-off model
        log P(c | h) = log P_wb(g_k) + sum_{j=k+1..e} log alpha_j
    (k the longest seen order; P_wb Witten-Bell; alpha_j the language's mean escape
    probability at order j).  Returns ({gram: gain}, base[0..5])."""
    grams, types, total = lc.grams, lc.types, lc.total
    V = max(len(grams[1]), 1)
    # Unigram: add-one over the letters seen, plus a floor for letters the language never
    # uses (other scripts): the same floor for every language, so none is favoured.
    floor = args.floor
    logp = [None] + [dict() for _ in range(MAX_ORDER)]
    n1 = total[1] + V
    for g, c in grams[1].items():
        logp[1][g] = math.log((c + 1) / n1)
    alpha = [0.0] * (MAX_ORDER + 1)
    for n in range(2, lc.max_order + 1):
        ctx_counts = grams[n - 1] if n > 1 else None
        esc_num = esc_den = 0.0
        for g, c in grams[n].items():
            h = g[:-1]
            ch = ctx_counts.get(h)
            if ch is None:
                continue
            t = types[n].get(h, 1)
            logp[n][g] = math.log(c / (ch + t))
        # Mean escape probability T/(N+T), weighted by how often each context occurs.
        for h, t in types[n].items():
            ch = ctx_counts.get(h)
            if ch is None:
                continue
            esc_num += t
            esc_den += ch + t
        alpha[n] = esc_num / esc_den if esc_den else 0.5
        alpha[n] = min(max(alpha[n], args.alpha_min), 0.9)
    la = [0.0] + [math.log(alpha[n]) if 2 <= n <= lc.max_order else 0.0 for n in range(1, MAX_ORDER + 1)]
    base = [floor]
    for e in range(1, MAX_ORDER + 1):
        base.append(base[-1] + (la[e] if e <= lc.max_order else 0.0))
    gains = {}
    for n in range(1, lc.max_order + 1):
        for g, lp in logp[n].items():
            if n == 1:
                prev = floor
            else:
                prev = logp[n - 1].get(g[1:])
                if prev is None:  # suffix pruned away: not suffix-closed, skip
                    continue
            gains[g] = lp - prev - la[n]
    return gains, base, alpha


def keep_entry(lc, g, gain, args):
    n = len(g)
    c = lc.grams[n].get(g, 0)
    if n == 1:
        return True
    if lc.source == "udhr":
        return c >= args.keep_count_udhr[n]
    return c >= args.keep_count[n] and abs(gain) * c >= args.keep_mass


def english_names():
    names = {}
    try:
        with open("/usr/share/iso-codes/json/iso_639-3.json", encoding="utf-8") as f:
            for e in json.load(f)["639-3"]:
                name = e["name"]
                names[e["alpha_3"]] = name
                if "alpha_2" in e:
                    names[e["alpha_2"]] = name
    except OSError:
        log("iso-codes not installed: language names are codes")
    names.update(NAME_OVERRIDES)
    return names


def write_model(path, langs, entries, bases, alphas, args):
    """Writes the model; see lid-model.h for the layout."""
    names = english_names()
    codes = [lc.code for lc in langs]
    # Hash every kept n-gram; group postings by key.
    table = collections.defaultdict(list)
    for li, ent in enumerate(entries):
        for g, q in ent.items():
            table[ngram_hash(g)].append((li, q))
    # Keys most languages share (common letters and pairs) are stored as dense rows
    # of DENSE_WIDTH gains, added with vector instructions; the rest as postings.
    dense = {h: posts for h, posts in table.items() if len(posts) >= args.dense_min}
    sparse = {h: posts for h, posts in table.items() if len(posts) < args.dense_min}

    def bucketize(keys, per_bucket):
        bits = max(4, (len(keys) // per_bucket).bit_length())
        buckets = [[] for _ in range(1 << bits)]
        for h in keys:
            buckets[h >> (64 - bits)].append(h)
        order, starts, dropped = [], [], 0
        for b in buckets:
            starts.append(len(order))
            seen_fp = set()
            for h in sorted(b):
                fp = (h >> (48 - bits)) & 0xFFFF
                if fp in seen_fp:
                    dropped += 1
                    continue
                seen_fp.add(fp)
                order.append((h, fp))
        starts.append(len(order))
        return bits, order, starts, dropped

    bits, order, bucket_key, collisions = bucketize(sparse, 8)
    nbuckets = 1 << bits
    # One record per bucket, its keys one after the other, each with its postings:
    # a lookup reads one or two cache lines after the bucket offset.
    bucket_off, blob = [], bytearray()
    npost = 0
    for b in range(nbuckets):
        bucket_off.append(len(blob))
        for k in range(bucket_key[b], bucket_key[b + 1]):
            h, fp = order[k]
            posts = sorted(sparse[h])
            blob += struct.pack("<HB", fp, len(posts))
            blob += bytes(li for li, _ in posts)
            blob += struct.pack("<%db" % len(posts), *(q for _, q in posts))
            npost += len(posts)
    bucket_off.append(len(blob))
    nk = len(order)
    dbits, dorder, dense_key, dcoll = bucketize(dense, 4)
    dense_fp, dense_val = bytearray(), bytearray()
    for h, fp in dorder:
        row = [0] * DENSE_WIDTH
        for li, q in dense[h]:
            row[li] = q
        dense_fp += struct.pack("<H", fp)
        dense_val += struct.pack("<%db" % DENSE_WIDTH, *row)
    log("model: %d languages, %d sparse keys (%d dropped as fingerprint collisions), %d postings, "
        "%d buckets; %d dense keys (%d dropped)" % (len(codes), nk, collisions, npost, nbuckets,
                                                    len(dorder), dcoll))

    strings = bytearray()
    lang_recs = bytearray()
    for li, lc in enumerate(langs):
        name = names.get(lc.code, lc.code)
        code_b, name_b = lc.code.encode(), name.encode()
        lang_recs += struct.pack("<8sII", code_b, len(strings), lc.max_order)
        strings += name_b + b"\0"
        # base[0..5] and the prior, as floats
        lang_recs += struct.pack("<7f", *bases[li], args.priors.get(lc.code, 0.0))
    scales = struct.pack("<6f", *([args.scale[0]] + args.scale[1:]))

    sections = [
        ("langs", lang_recs),
        ("bucket_off", struct.pack("<%dI" % (nbuckets + 1), *bucket_off)),
        ("blob", bytes(blob)),
        ("strings", bytes(strings)),
        ("dense_key", struct.pack("<%dI" % len(dense_key), *dense_key)),
        ("dense_fp", bytes(dense_fp)),
        ("dense_val", bytes(dense_val)),
    ]
    header_size = 64 + 8 * len(sections)
    out = bytearray()
    offsets = []
    pos = header_size
    body = bytearray()
    for _, data in sections:
        pad = (-pos) % 8
        body += b"\0" * pad
        pos += pad
        offsets.append(pos)
        body += data
        pos += len(data)
    out += MAGIC
    out += struct.pack("<IIIIIII", FORMAT_VERSION, len(codes), bits, nk, npost, len(sections), dbits)
    out += scales
    out += struct.pack("<I", len(dorder))
    out += b"\0" * (64 - len(out))
    for (_, data), off in zip(sections, offsets):
        out += struct.pack("<II", off, len(data))
    out += body
    # An end mark, so that a truncated file is refused.
    out += MAGIC_END
    with open(path + ".tmp", "wb") as f:
        f.write(out)
    os.replace(path + ".tmp", path)
    log("wrote %s: %.1f MB" % (path, len(out) / 1e6))


def cut_pieces(paragraphs, lo, hi, limit):
    """Dev items of lo..hi code points: whole sentences-ish, cut at spaces."""
    out = []
    buf = ""
    for p in paragraphs:
        for w in p.split(" "):
            nb = (buf + " " + w) if buf else w
            if len(nb) > hi:
                if len(buf) >= lo:
                    out.append(buf)
                buf = w if len(w) <= hi else ""
            else:
                buf = nb
            if len(out) >= limit:
                return out
        if len(buf) >= lo and hi < 200:
            out.append(buf)
            buf = ""
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="/work/shared/data/langid")
    ap.add_argument("--out", default="plugins/langid/langid.model")
    ap.add_argument("--dev-dir", help="also write the UDHR dev split here as dev_{short,medium,long}.tsv")
    ap.add_argument("--floor", type=float, default=-12.0, help="log-probability of a letter a language never uses")
    ap.add_argument("--alpha-min", type=float, default=0.02)
    ap.add_argument("--load-min", default="1,1,2,3,3", help="per order: counts below are not loaded")
    ap.add_argument("--keep-count", default="1,10,5,40,80", help="per order: minimum count of a kept n-gram")
    ap.add_argument("--keep-count-udhr", default="1,1,1,2,2", help="the same for UDHR-trained languages")
    ap.add_argument("--keep-mass", type=float, default=0.0, help="minimum |gain| x count of a kept n-gram")
    ap.add_argument("--extra-bias", type=float, default=-0.1,
                    help="log-probability added per letter for UDHR-only languages (a prior against "
                         "the languages with little, single-register training text)")
    ap.add_argument("--cache", help="keep the parsed Lingua tables in this pickle (experiments)")
    ap.add_argument("--dense-min", type=int, default=24,
                    help="n-grams seen by at least this many languages are stored as dense rows")
    ap.add_argument("--langs", help="only these languages (comma-separated), for experiments")
    args = ap.parse_args()
    args.load_min = [0] + [int(x) for x in args.load_min.split(",")]
    args.keep_count = [0] + [int(x) for x in args.keep_count.split(",")]
    args.keep_count_udhr = [0] + [int(x) for x in args.keep_count_udhr.split(",")]
    wanted = set(args.langs.split(",")) if args.langs else None

    if args.cache and os.path.exists(args.cache):
        with open(args.cache, "rb") as f:
            lingua = pickle.load(f)
    else:
        lingua = load_lingua(args.data, args.load_min, wanted)
        if args.cache:
            with open(args.cache, "wb") as f:
                pickle.dump(lingua, f, protocol=pickle.HIGHEST_PROTOCOL)
    udhr_train, udhr_dev = read_udhr(args.data)
    langs = [lingua[c] for c in sorted(lingua)]
    for code in UDHR_EXTRA:
        if code in lingua or (wanted and code not in wanted):
            continue
        if code not in udhr_train:
            log("no UDHR text for %s" % code)
            continue
        langs.append(count_text(code, udhr_train[code], "udhr"))
    args.priors = {}

    # Gains in nats, quantized to int8 with one scale per order.
    raw = []
    bases, alphas = [], []
    for lc in langs:
        gains, base, alpha = build_entries(lc, args)
        if lc.source == "udhr":
            base = [base[0]] + [b + args.extra_bias for b in base[1:]]
        raw.append((lc, gains))
        bases.append(base)
        alphas.append(alpha)
    args.scale = [0.0]
    for n in range(1, MAX_ORDER + 1):
        m = max((abs(v) for _, gains in raw for g, v in gains.items() if len(g) == n), default=1.0)
        args.scale.append(max(m, 1e-3) / 127.0)
    log("scales: %s" % " ".join("%.4f" % s for s in args.scale[1:]))
    entries = []
    for lc, gains in raw:
        ent = {}
        for g, v in gains.items():
            if not keep_entry(lc, g, v, args):
                continue
            q = int(round(v / args.scale[len(g)]))
            if q != 0:
                ent[g] = max(-127, min(127, q))
        entries.append(ent)
    per_order = collections.Counter()
    keys_order = [set() for _ in range(MAX_ORDER + 1)]
    for ent in entries:
        for g in ent:
            per_order[len(g)] += 1
            keys_order[len(g)].add(g)
    log("postings by order: %s; keys by order: %s" % (
        [per_order[n] for n in range(1, MAX_ORDER + 1)], [len(keys_order[n]) for n in range(1, MAX_ORDER + 1)]))
    big = sorted(((len(ent), lc.code) for (lc, _), ent in zip(raw, entries)), reverse=True)[:12]
    log("largest languages: %s" % big)
    write_model(args.out, langs, entries, bases, alphas, args)

    if args.dev_dir:
        os.makedirs(args.dev_dir, exist_ok=True)
        for name, lo, hi, limit in (("short", 20, 60, 60), ("medium", 61, 160, 40), ("long", 300, 700, 10)):
            with open(os.path.join(args.dev_dir, "dev_%s.tsv" % name), "w", encoding="utf-8") as f:
                for lc in langs:
                    for piece in cut_pieces(udhr_dev.get(lc.code, []), lo, hi, limit):
                        f.write("%s\t%s\n" % (lc.code, piece))


if __name__ == "__main__":
    main()
