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
import json
import os
import sys

from docs import DOCS

SOURCE = "authored for Lector blind test"
LICENSE = "MIT (written for the Lector project)"


def locate(text, spec, what):
    if isinstance(spec, tuple):
        sub, ctx = spec
    else:
        sub, ctx = spec, spec
    n = text.count(ctx)
    if n != 1:
        raise SystemExit(f"{what}: context {ctx!r} occurs {n} times")
    i = text.index(ctx)
    j = ctx.find(sub)
    if j < 0:
        raise SystemExit(f"{what}: {sub!r} not in context {ctx!r}")
    s = i + j
    return s, s + len(sub)


def build(doc):
    did, text, specs = doc["id"], doc["text"], doc["quotes"]
    quotes = []
    for k, (qt, spk, men, cue, typ, grp) in enumerate(specs):
        tag = f"{did}#{k}"
        n = text.count(qt)
        if n != 1:
            raise SystemExit(f"{tag}: quote occurs {n} times: {qt[:60]!r}")
        qs = text.index(qt)
        qe = qs + len(qt)
        ss, se = locate(text, men, tag + " mention")
        cs, ce = locate(text, cue, tag + " cue")
        assert typ in ("direct", "indirect", "mixed"), tag
        q = {
            "quote_start": qs, "quote_end": qe, "quote_text": text[qs:qe],
            "speaker": spk,
            "speaker_start": ss, "speaker_end": se, "speaker_mention": text[ss:se],
            "cue": text[cs:ce], "cue_start": cs, "cue_end": ce,
            "type": typ, "group": grp,
        }
        quotes.append(q)
    quotes.sort(key=lambda q: q["quote_start"])
    return {"id": did, "text": text, "quotes": quotes, "source": SOURCE, "license": LICENSE}


def check(rec):
    t = rec["text"]
    did = rec["id"]
    assert t.endswith("\n"), did
    assert "\n\n" in t and not t.startswith("\n"), did
    assert 1400 <= len(t) <= 2200, (did, len(t))
    assert "\n\n\n" not in t, did
    prev_end = -1
    groups = []
    for q in rec["quotes"]:
        assert t[q["quote_start"]:q["quote_end"]] == q["quote_text"], (did, q)
        assert t[q["speaker_start"]:q["speaker_end"]] == q["speaker_mention"], (did, q)
        assert t[q["cue_start"]:q["cue_end"]] == q["cue"], (did, q)
        assert q["quote_start"] >= prev_end, (did, "overlapping quotes", q["quote_text"][:40])
        prev_end = q["quote_end"]
        # a quote never spans a paragraph break
        assert "\n" not in q["quote_text"], (did, q["quote_text"][:40])
        # direct quotes begin with a quotation mark (unless the span is a whole
        # parenthetical sentence, which only occurs for indirect/mixed)
        if q["type"] == "direct":
            assert q["quote_text"][0] in "\"\u201c", (did, q["quote_text"][:40])
        if q["type"] == "indirect":
            assert not any(c in q["quote_text"] for c in "\"\u201c\u201d"), (did, q["quote_text"][:40])
        if q["type"] == "mixed":
            assert any(c in q["quote_text"] for c in "\"\u201c\u201d"), (did, q["quote_text"][:40])
        groups.append(q["group"])
    # groups numbered 1..n in order of first appearance
    seen = []
    for g in groups:
        if g not in seen:
            seen.append(g)
    assert seen == list(range(1, len(seen) + 1)), (did, seen)
    # within a group: same speaker, mention and cue
    by = {}
    for q in rec["quotes"]:
        key = (q["speaker"], q["speaker_start"], q["cue_start"])
        by.setdefault(q["group"], set()).add(key)
    for g, keys in by.items():
        assert len(keys) == 1, (did, g, keys)


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind.jsonl")
    recs = [build(d) for d in DOCS]
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids)) == 16, ids
    for r in recs:
        check(r)
    with open(out, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
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
