# -*- coding: utf-8 -*-
"""Build blind5.jsonl from docs.py (exact substring search; offsets are code points)."""
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from authored import (GROUP_FIELDS, OPENING_MARKS, check_group_agreement, check_no_overlap,
                      check_quote_marks, document_record, find_once, quote_record, renumber_groups,
                      write_jsonl)
from docs import DOCS

SOURCE = "authored for Lector blind test 5"


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
        base = find_once(text, plain, "context")
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
            qs = find_once(text, q["quote"], f"{d['id']} quote")
            qe = qs + len(q["quote"])
            marks = parse_ctx(text, q["ctx"])
            if q["ctx2"]:
                marks.update(parse_ctx(text, q["ctx2"]))
            assert "mention" in marks and "cue" in marks, (d["id"], q["quote"][:40])
            ms, me = marks["mention"]
            cs, ce = marks["cue"]
            whole_word(text, ms, me, f"{d['id']} mention")
            whole_word(text, cs, ce, f"{d['id']} cue")
            rec = quote_record(text, (qs, qe), (ms, me), (cs, ce), q["speaker"], q["type"], q["group"])
            assert rec["quote_text"] == q["quote"]
            check_quote_marks(d["id"], rec)
            if q["type"] == "mixed":
                assert rec["quote_text"][0] not in OPENING_MARKS, rec
            recs.append(rec)
        recs.sort(key=lambda r: r["quote_start"])
        check_no_overlap(d["id"], recs)
        # spec group labels -> 1.. in order of first appearance; records in a group share speaker/cue/type
        renumber_groups(recs)
        check_group_agreement(d["id"], recs, GROUP_FIELDS + ("type",))
        for r in recs:
            tot[r["type"]] += 1
        out.append(document_record(d["id"], text, recs, SOURCE))
    path = os.path.join(HERE, "blind5.jsonl")
    write_jsonl(path, out)
    n = sum(tot.values())
    print(f"wrote {path}: {len(out)} docs, {n} quotes "
          + ", ".join(f"{t}={c} ({100*c/n:.0f}%)" for t, c in sorted(tot.items())))
    for o in out:
        c = Counter(q["type"] for q in o["quotes"])
        print(f"  {o['id']:28s} chars={len(o['text']):5d} quotes={len(o['quotes']):2d} "
              f"D={c['direct']} I={c['indirect']} M={c['mixed']}")


if __name__ == "__main__":
    build()
