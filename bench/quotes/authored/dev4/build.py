import os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.dirname(HERE)]
from authored import (OPENING_MARKS, check_group_agreement, check_groups_numbered, check_no_overlap,
                      check_quote_marks, document_record, find_once, path_beside, quote_record,
                      write_jsonl)
from docs import DOCS

SOURCE = "authored for Lector blind test 4"

def locate(text, spec, what, did):
    if isinstance(spec, str):
        s = find_once(text, spec, f"{did}: {what}")
        assert not (spec[0].isalnum() and s > 0 and text[s-1].isalnum()), (did, spec)
        assert not (spec[-1].isalnum() and s + len(spec) < len(text) and text[s+len(spec)].isalnum()), (did, spec)
        return s, s + len(spec), spec
    ctx, sub = spec
    i = find_once(text, ctx, f"{did}: {what} context")
    # whole-word match of sub inside ctx, and it must be unique there
    pat = (r"(?<!\w)" if sub[0].isalnum() else "") + re.escape(sub) + (r"(?!\w)" if sub[-1].isalnum() else "")
    hits = [m.start() for m in re.finditer(pat, ctx)]
    assert len(hits) == 1, f"{did}: {what} {sub!r} occurs {len(hits)} times (whole word) in context {ctx!r}"
    s = i + hits[0]
    return s, s + len(sub), sub

out = []
tot = Counter()
for d in DOCS:
    text, did = d["text"], d["id"]
    assert did.startswith("b4-")
    qs = []
    for spec in d["quotes"]:
        qs_, qe, qt = locate(text, spec["q"], "quote", did)
        ms, me, mt = locate(text, spec["m"], "mention", did)
        cs, ce, ct = locate(text, spec["c"], "cue", did)
        assert text[qs_:qe] == qt and text[ms:me] == mt and text[cs:ce] == ct
        qs.append(quote_record(text, (qs_, qe), (ms, me), (cs, ce), spec["s"], spec["t"], spec["g"]))
    qs.sort(key=lambda q: q["quote_start"])
    # sanity: no overlapping quote spans, groups numbered in order of first appearance
    check_no_overlap(did, qs)
    check_groups_numbered(did, qs)
    check_group_agreement(did, qs)
    # direct spans begin with a quote mark; indirect spans contain none
    for q in qs:
        check_quote_marks(did, q)
        if q["type"] == "mixed":
            assert any(c in q["quote_text"] for c in OPENING_MARKS) and q["quote_text"][0] not in OPENING_MARKS, (did, q["quote_text"])
    n = len(text)
    c = Counter(q["type"] for q in qs)
    tot.update(c); tot["docs"] += 1; tot["quotes"] += len(qs)
    print(f"{did:36s} len={n:5d} quotes={len(qs):3d} groups={len({q['group'] for q in qs}):2d} " + " ".join(f"{k}={c[k]}" for k in ("direct", "indirect", "mixed")),
          "" if 1500 <= n <= 2100 else "  <-- LENGTH")
    out.append(document_record(did, text, qs, SOURCE))

write_jsonl(path_beside(__file__, "blind4.jsonl"), out)
print(dict(tot))
q = tot["quotes"]
print({k: round(tot[k] / q, 3) for k in ("direct", "indirect", "mixed")})
