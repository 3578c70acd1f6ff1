#!/usr/bin/env python3
"""Build blind3.jsonl from docs.py: every offset is found by exact substring search."""
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from authored import (OPENING_MARKS, check_group_agreement, check_no_overlap, check_quote_marks,
                      document_record, locate, path_beside, quote_record, renumber_groups,
                      write_jsonl)
from docs import DOCS

SOURCE = "authored for Lector blind test 3"


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
            quote = locate(text, s["quote"], s["qctx"], f"{did}: quote")
            mention = locate(text, s["mention"], s["mctx"], f"{did}: mention")
            cue = locate(text, s["cue"], s["cctx"], f"{did}: cue")
            (qs, qe), (cs, ce) = quote, cue
            q = quote_record(text, quote, mention, cue, s["speaker"], s["type"], s["group"])
            assert q["quote_text"] == s["quote"] and q["speaker_mention"] == s["mention"] and q["cue"] == s["cue"]
            # no overlap between a quote and its own mention/cue (cue inside the span only for
            # parenthetical-cue sentences, which are indirect)
            if not (qs <= cs < qe):
                assert ce <= qs or cs >= qe, (did, s["quote"][:40])
            else:
                assert s["type"] == "indirect", (did, "cue inside non-indirect span")
            quotes.append(q)
        quotes.sort(key=lambda q: q["quote_start"])
        check_no_overlap(did, quotes)
        # spec group labels are renumbered 1..n in order of first appearance;
        # same group => same speaker, mention and cue
        renumber_groups(quotes)
        check_group_agreement(did, quotes)
        # direct quotes must start with a quotation mark; indirect ones must not contain one;
        # mixed ones contain an opening mark but do not start with one
        for q in quotes:
            check_quote_marks(did, q)
            t = q["quote_text"]
            if q["type"] == "mixed":
                assert t[0] not in OPENING_MARKS and any(c in t for c in OPENING_MARKS), (did, t[:30])
        out.append(document_record(did, text, quotes, SOURCE))
    return out


if __name__ == "__main__":
    docs = build()
    write_jsonl(path_beside(__file__, "blind3.jsonl"), docs)
    c = Counter(q["type"] for d in docs for q in d["quotes"])
    n = sum(c.values())
    for d in docs:
        cc = Counter(q["type"] for q in d["quotes"])
        print(f"{d['id']:42s} len={len(d['text']):5d} quotes={len(d['quotes']):3d} "
              f"d={cc['direct']} i={cc['indirect']} m={cc['mixed']} groups={max(q['group'] for q in d['quotes'])}")
    print(f"docs={len(docs)} quotes={n} " + " ".join(f"{k}={v} ({v/n:.0%})" for k, v in sorted(c.items())))
