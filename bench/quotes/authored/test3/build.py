# -*- coding: utf-8 -*-
"""Build blind5.jsonl from docs.py (exact substring search; offsets are code points)."""
import json
import os
import re
from collections import Counter

from docs import DOCS

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "authored for Lector blind test 5"
LICENSE = "MIT (written for the Lector project)"


def find_unique(text, s, what):
    n = text.count(s)
    assert n == 1, f"{what}: {s!r} occurs {n} times"
    return text.index(s)


def parse_ctx(text, ctx):
    """Return dict with optional 'mention'/'cue' -> (start, end) from a marked context."""
    occ = None
    m = re.search(r"@(\d+)$", ctx)
    if m:
        occ = int(m.group(1))
        ctx = ctx[: m.start()]
    plain, marks, i = "", {}, 0
    open_pos = {}
    for ch in ctx:
        if ch in "{[":
            open_pos[ch] = len(plain)
        elif ch in "}]":
            key = "mention" if ch == "}" else "cue"
            marks[key] = (open_pos["{" if ch == "}" else "["], len(plain))
        else:
            plain += ch
    if occ is None:
        base = find_unique(text, plain, "context")
    else:
        starts = [mm.start() for mm in re.finditer(re.escape(plain), text)]
        base = starts[occ]
    return {k: (base + s, base + e) for k, (s, e) in marks.items()}


def whole_word(text, s, e, what):
    assert s < e, what
    assert s == 0 or not text[s - 1].isalnum(), f"{what}: not word-initial {text[s-5:e+5]!r}"
    assert e == len(text) or not text[e].isalnum(), f"{what}: not word-final {text[s-5:e+5]!r}"


def build():
    out, tot = [], Counter()
    ids = set()
    for d in DOCS:
        text = d["text"]
        assert d["id"].startswith("b5-") and d["id"] not in ids
        ids.add(d["id"])
        assert 1500 <= len(text) <= 2100, (d["id"], len(text))
        assert "\n\n" in text and not text.startswith(("\n", " "))
        recs = []
        for q in d["quotes"]:
            qs = find_unique(text, q["quote"], f"{d['id']} quote")
            qe = qs + len(q["quote"])
            marks = parse_ctx(text, q["ctx"])
            if q["ctx2"]:
                marks.update(parse_ctx(text, q["ctx2"]))
            assert "mention" in marks and "cue" in marks, (d["id"], q["quote"][:40])
            ms, me = marks["mention"]
            cs, ce = marks["cue"]
            whole_word(text, ms, me, f"{d['id']} mention")
            whole_word(text, cs, ce, f"{d['id']} cue")
            rec = dict(quote_start=qs, quote_end=qe, quote_text=text[qs:qe], speaker=q["speaker"],
                       speaker_start=ms, speaker_end=me, speaker_mention=text[ms:me],
                       cue=text[cs:ce], cue_start=cs, cue_end=ce, type=q["type"], group=q["group"])
            assert rec["quote_text"] == q["quote"]
            assert q["type"] in ("direct", "indirect", "mixed")
            has_marks = any(c in rec["quote_text"] for c in "\"“”")
            if q["type"] == "indirect":
                assert not has_marks, rec
            if q["type"] == "mixed":
                assert has_marks and rec["quote_text"][0] not in "\"“", rec
            if q["type"] == "direct":
                assert rec["quote_text"][0] in "\"“", rec
            recs.append(rec)
        recs.sort(key=lambda r: r["quote_start"])
        for a, b in zip(recs, recs[1:]):
            assert a["quote_end"] <= b["quote_start"], (d["id"], a["quote_text"][:30], b["quote_text"][:30])
        # spec group labels -> 1.. in order of first appearance; records in a group share speaker/cue/type
        label = {}
        for r in recs:
            label.setdefault(r["group"], len(label) + 1)
        for r in recs:
            r["group"] = label[r["group"]]
        seen = list(label.values())
        for g in seen:
            rs = [r for r in recs if r["group"] == g]
            assert len({(r["speaker"], r["cue_start"], r["speaker_start"], r["type"]) for r in rs}) == 1, (d["id"], g)
        for r in recs:
            tot[r["type"]] += 1
        out.append(dict(id=d["id"], text=text, quotes=recs, source=SOURCE, license=LICENSE))
    path = os.path.join(HERE, "blind5.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    n = sum(tot.values())
    print(f"wrote {path}: {len(out)} docs, {n} quotes "
          + ", ".join(f"{t}={c} ({100*c/n:.0f}%)" for t, c in sorted(tot.items())))
    for o in out:
        c = Counter(q["type"] for q in o["quotes"])
        print(f"  {o['id']:28s} chars={len(o['text']):5d} quotes={len(o['quotes']):2d} "
              f"D={c['direct']} I={c['indirect']} M={c['mixed']}")


if __name__ == "__main__":
    build()
