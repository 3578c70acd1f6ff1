#!/usr/bin/env python3
"""Build blind6.jsonl from docs.py with exact-substring offsets and assertions."""
import os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.dirname(HERE)]
from authored import (check_groups_numbered, check_no_overlap, check_offsets, document_record,
                      find_once, path_beside, quote_record, write_jsonl)
from docs import DOCS

SOURCE = "authored for Lector blind test 6"

def whole_word_occ(text, w):
    pat = r"(?<![\w’'])" + re.escape(w) + r"(?![\w’'])"
    return [m.start() for m in re.finditer(pat, text)]

def locate(text, spec, qs, qe, spans, what):
    if isinstance(spec, tuple):
        anchor, w = spec
        a = find_once(text, anchor, what + " anchor")
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
        s = find_once(text, q["qt"], f"{d['id']} quote")
        spans.append((s, s + len(q["qt"])))
    recs = []
    for q, (qs, qe) in zip(d["quotes"], spans):
        ms, me = locate(text, q["men"], qs, qe, spans, "mention")
        cs, ce = locate(text, q["cue"], qs, qe, spans, "cue")
        assert text[qs:qe] == q["qt"]
        assert q["spk"].lower() in text.lower(), q["spk"]
        recs.append(quote_record(text, (qs, qe), (ms, me), (cs, ce), q["spk"], q["typ"], q["grp"]))
        tc[q["typ"]] += 1
    # groups numbered 1..n in order of appearance
    recs.sort(key=lambda r: r["quote_start"])
    check_groups_numbered(d["id"], recs)
    # spans must not overlap
    check_no_overlap(d["id"], recs)
    # re-verify
    for r in recs:
        check_offsets(d["id"], text, r)
    out.append(document_record(d["id"], text, recs, SOURCE))

write_jsonl(path_beside(__file__, "blind6.jsonl"), out)
print(f"docs={len(out)} quotes={sum(tc.values())} {dict(tc)}")
if "-v" in sys.argv:
    for o in out:
        t = o["text"]
        print("=====", o["id"], len(t))
        for r in o["quotes"]:
            print(f"  [{r['group']}] {r['type']:8} {r['speaker']!r} | men={t[max(0,r['speaker_start']-15):r['speaker_end']+10]!r} | cue={t[max(0,r['cue_start']-15):r['cue_end']+10]!r}")
            print(f"        {r['quote_text'][:70]!r}...{r['quote_text'][-25:]!r}")
