#!/usr/bin/env python3
"""Build blind3.jsonl from docs.py: every offset is found by exact substring search."""
import json
import os
import sys
from docs import DOCS

SOURCE = "authored for Lector blind test 3"
LICENSE = "MIT (written for the Lector project)"


def locate(text, sub, ctx, what, did):
    """Absolute start of `sub`; `sub` (or `ctx` when given) must be unique in `text`."""
    if ctx is None:
        n = text.count(sub)
        assert n == 1, f"{did}: {what} {sub!r} occurs {n} times; give a context"
        return text.index(sub)
    n = text.count(ctx)
    assert n == 1, f"{did}: context {ctx!r} for {what} occurs {n} times"
    c = text.index(ctx)
    k = ctx.find(sub)
    assert k >= 0, f"{did}: {what} {sub!r} not inside context {ctx!r}"
    return c + k


def build():
    out, ids = [], set()
    for d in DOCS:
        did, text = d["id"], d["text"]
        assert did.startswith("b3-") and did not in ids, did
        ids.add(did)
        assert 1500 <= len(text) <= 2100, f"{did}: length {len(text)}"
        assert text.endswith("\n") and "\r" not in text and "  " not in text, did
        quotes = []
        for s in d["quotes"]:
            qs = locate(text, s["quote"], s["qctx"], "quote", did)
            qe = qs + len(s["quote"])
            ms = locate(text, s["mention"], s["mctx"], "mention", did)
            me = ms + len(s["mention"])
            cs = locate(text, s["cue"], s["cctx"], "cue", did)
            ce = cs + len(s["cue"])
            q = {"quote_start": qs, "quote_end": qe, "quote_text": text[qs:qe],
                 "speaker": s["speaker"], "speaker_start": ms, "speaker_end": me,
                 "speaker_mention": text[ms:me], "cue": text[cs:ce], "cue_start": cs, "cue_end": ce,
                 "type": s["type"], "group": s["group"]}
            assert q["quote_text"] == s["quote"] and q["speaker_mention"] == s["mention"] and q["cue"] == s["cue"]
            assert s["type"] in ("direct", "indirect", "mixed")
            # no overlap between a quote and its own mention/cue (cue inside the span only for
            # parenthetical-cue sentences, which are indirect)
            if not (qs <= cs < qe):
                assert ce <= qs or cs >= qe, (did, s["quote"][:40])
            else:
                assert s["type"] == "indirect", (did, "cue inside non-indirect span")
            quotes.append(q)
        quotes.sort(key=lambda q: q["quote_start"])
        for a, b in zip(quotes, quotes[1:]):
            assert a["quote_end"] <= b["quote_start"], f"{did}: overlapping quotes {a['quote_text'][:30]!r}"
        # spec group labels are renumbered 1..n in order of first appearance;
        # same group => same speaker, mention and cue
        order = []
        for q in quotes:
            if q["group"] not in order:
                order.append(q["group"])
        for q in quotes:
            q["group"] = order.index(q["group"]) + 1
        seen = list(range(1, len(order) + 1))
        for g in seen:
            qq = [q for q in quotes if q["group"] == g]
            assert len({(q["speaker"], q["speaker_start"], q["cue_start"]) for q in qq}) == 1, (did, g)
        # direct quotes must start with a quotation mark; indirect ones must not contain one
        for q in quotes:
            t = q["quote_text"]
            if q["type"] == "direct":
                assert t[0] in '"\u201c', (did, t[:30])
            elif q["type"] == "indirect":
                assert not any(c in t for c in '"\u201c\u201d'), (did, t[:30])
            else:
                assert t[0] not in '"\u201c' and any(c in t for c in '"\u201c'), (did, t[:30])
        out.append({"id": did, "text": text, "quotes": quotes, "source": SOURCE, "license": LICENSE})
    return out


if __name__ == "__main__":
    docs = build()
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind3.jsonl"), "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    from collections import Counter
    c = Counter(q["type"] for d in docs for q in d["quotes"])
    n = sum(c.values())
    for d in docs:
        cc = Counter(q["type"] for q in d["quotes"])
        print(f"{d['id']:42s} len={len(d['text']):5d} quotes={len(d['quotes']):3d} "
              f"d={cc['direct']} i={cc['indirect']} m={cc['mixed']} groups={max(q['group'] for q in d['quotes'])}")
    print(f"docs={len(docs)} quotes={n} " + " ".join(f"{k}={v} ({v/n:.0%})" for k, v in sorted(c.items())))
