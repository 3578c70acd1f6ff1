#!/usr/bin/env python3
"""Build blind.jsonl: 16 authored news texts with hand annotations.

Every span is located by exact substring search (never typed offsets) and
checked with assertions, so offsets cannot drift when a text is edited.

Spec for one quote:  Q(quote, speaker, mention, cue, type, group)
  quote   : exact substring of the text, must occur exactly once
  mention : "substring" (must be unique) or ("substring", "unique context")
  cue     : same form as mention
The first occurrence of the substring inside the context is used.
"""
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from authored import (check_group_agreement, check_groups_numbered, check_no_overlap,
                      check_offsets, check_quote_marks, document_record, locate,
                      path_beside, quote_record, write_jsonl)
from docs import DOCS

SOURCE = "authored for Lector blind test"


def locate_spec(text, spec, what):
    """(start, end) of a "substring" or ("substring", "context") spec."""
    sub, context = spec if isinstance(spec, tuple) else (spec, None)
    return locate(text, sub, context, what)


def build(doc):
    did, text, specs = doc["id"], doc["text"], doc["quotes"]
    quotes = []
    for k, (qt, spk, men, cue, typ, grp) in enumerate(specs):
        tag = f"{did}#{k}"
        quotes.append(quote_record(text, locate(text, qt, None, tag + " quote"),
                                   locate_spec(text, men, tag + " mention"),
                                   locate_spec(text, cue, tag + " cue"), spk, typ, grp))
    quotes.sort(key=lambda q: q["quote_start"])
    return document_record(did, text, quotes, SOURCE)


def check(rec):
    t = rec["text"]
    did = rec["id"]
    assert t.endswith("\n"), did
    assert "\n\n" in t and not t.startswith("\n"), did
    assert 1400 <= len(t) <= 2200, (did, len(t))
    assert "\n\n\n" not in t, did
    check_no_overlap(did, rec["quotes"])
    for q in rec["quotes"]:
        check_offsets(did, t, q)
        # a quote never spans a paragraph break
        assert "\n" not in q["quote_text"], (did, q["quote_text"][:40])
        check_quote_marks(did, q)
    check_groups_numbered(did, rec["quotes"])
    check_group_agreement(did, rec["quotes"])


def main():
    out = path_beside(__file__, "blind.jsonl")
    recs = [build(d) for d in DOCS]
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids)) == 16, ids
    for r in recs:
        check(r)
    write_jsonl(out, recs)
    tot = Counter()
    for r in recs:
        c = Counter(q["type"] for q in r["quotes"])
        tot.update(c)
        print(f"{r['id']:40s} len={len(r['text']):5d} quotes={len(r['quotes']):2d} "
              f"d={c['direct']} i={c['indirect']} m={c['mixed']}")
    n = sum(tot.values())
    print(f"TOTAL docs={len(recs)} quotes={n} " + " ".join(
        f"{k}={v} ({100*v/n:.0f}%)" for k, v in sorted(tot.items())))


if __name__ == "__main__":
    main()
