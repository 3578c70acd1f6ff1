#!/usr/bin/env python3
"""Build blind6.jsonl from docs.py with exact-substring offsets and assertions."""
import json, os, re, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docs import DOCS

SOURCE = "authored for Lector blind test 6"
LICENSE = "MIT (written for the Lector project)"

def whole_word_occ(text, w):
    pat = r"(?<![\w’'])" + re.escape(w) + r"(?![\w’'])"
    return [m.start() for m in re.finditer(pat, text)]

def locate(text, spec, qs, qe, spans, what):
    if isinstance(spec, tuple):
        anchor, w = spec
        assert text.count(anchor) == 1, (what, anchor, text.count(anchor))
        a = text.index(anchor)
        occ = [o for o in whole_word_occ(anchor, w)]
        assert occ, (what, spec)
        s = a + occ[0]
        return s, s + len(w)
    occ = whole_word_occ(text, spec)
    occ = [o for o in occ if not any(s <= o < e for s, e in spans)]
    assert occ, (what, spec)
    def dist(o):
        e = o + len(spec)
        if e <= qs: return qs - e
        if o >= qe: return o - qe
        return 0
    best = min(occ, key=dist)
    return best, best + len(spec)

out, tc = [], Counter()
ids = set()
for d in DOCS:
    text = d["text"]
    assert d["id"].startswith("b6-") and d["id"] not in ids
    ids.add(d["id"])
    assert 1500 <= len(text) <= 2100, (d["id"], len(text))
    spans = []
    for q in d["quotes"]:
        n = text.count(q["qt"])
        assert n == 1, (d["id"], q["qt"][:50], n)
        s = text.index(q["qt"])
        spans.append((s, s + len(q["qt"])))
    recs = []
    for q, (qs, qe) in zip(d["quotes"], spans):
        ms, me = locate(text, q["men"], qs, qe, spans, "mention")
        cs, ce = locate(text, q["cue"], qs, qe, spans, "cue")
        men = text[ms:me]; cue = text[cs:ce]
        assert text[qs:qe] == q["qt"]
        assert q["spk"].lower() in text.lower(), q["spk"]
        assert q["typ"] in ("direct", "indirect", "mixed")
        recs.append(dict(quote_start=qs, quote_end=qe, quote_text=q["qt"], speaker=q["spk"],
                         speaker_start=ms, speaker_end=me, speaker_mention=men,
                         cue=cue, cue_start=cs, cue_end=ce, type=q["typ"], group=q["grp"]))
        tc[q["typ"]] += 1
    # groups numbered 1..n in order of appearance
    recs.sort(key=lambda r: r["quote_start"])
    seen = []
    for r in recs:
        if r["group"] not in seen: seen.append(r["group"])
    assert seen == list(range(1, len(seen) + 1)), (d["id"], seen)
    # spans must not overlap
    for a, b in zip(recs, recs[1:]):
        assert a["quote_end"] <= b["quote_start"], (d["id"], a["quote_text"][:30])
    # re-verify
    for r in recs:
        assert text[r["quote_start"]:r["quote_end"]] == r["quote_text"]
        assert text[r["speaker_start"]:r["speaker_end"]] == r["speaker_mention"]
        assert text[r["cue_start"]:r["cue_end"]] == r["cue"]
    out.append(dict(id=d["id"], text=text, quotes=recs, source=SOURCE, license=LICENSE))

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind6.jsonl")
with open(path, "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(f"docs={len(out)} quotes={sum(tc.values())} {dict(tc)}")
if "-v" in sys.argv:
    for o in out:
        t = o["text"]
        print("=====", o["id"], len(t))
        for r in o["quotes"]:
            print(f"  [{r['group']}] {r['type']:8} {r['speaker']!r} | men={t[max(0,r['speaker_start']-15):r['speaker_end']+10]!r} | cue={t[max(0,r['cue_start']-15):r['cue_end']+10]!r}")
            print(f"        {r['quote_text'][:70]!r}...{r['quote_text'][-25:]!r}")
