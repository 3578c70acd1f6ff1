import json, os, re, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docs import DOCS

SOURCE = "authored for Lector blind test 4"
LICENSE = "MIT (written for the Lector project)"

def locate(text, spec, what, did):
    if isinstance(spec, str):
        n = text.count(spec)
        assert n == 1, f"{did}: {what} {spec!r} occurs {n} times"
        s = text.index(spec)
        assert not (spec[0].isalnum() and s > 0 and text[s-1].isalnum()), (did, spec)
        assert not (spec[-1].isalnum() and s + len(spec) < len(text) and text[s+len(spec)].isalnum()), (did, spec)
        return s, s + len(spec), spec
    ctx, sub = spec
    n = text.count(ctx)
    assert n == 1, f"{did}: {what} context {ctx!r} occurs {n} times"
    i = text.index(ctx)
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
        assert spec["t"] in ("direct", "indirect", "mixed")
        qs.append(dict(quote_start=qs_, quote_end=qe, quote_text=qt, speaker=spec["s"],
                       speaker_start=ms, speaker_end=me, speaker_mention=mt,
                       cue=ct, cue_start=cs, cue_end=ce, type=spec["t"], group=spec["g"]))
    qs.sort(key=lambda q: q["quote_start"])
    # sanity: no overlapping quote spans, groups numbered in order of first appearance
    for a, b in zip(qs, qs[1:]):
        assert a["quote_end"] <= b["quote_start"], (did, a["quote_text"], b["quote_text"])
    seen = []
    for q in qs:
        if q["group"] not in seen:
            seen.append(q["group"])
    assert seen == list(range(1, len(seen) + 1)), (did, seen)
    for g in seen:
        grp = [q for q in qs if q["group"] == g]
        assert len({(q["speaker"], q["cue_start"], q["speaker_start"]) for q in grp}) == 1, (did, g)
    # direct spans begin with a quote mark; indirect spans contain none
    for q in qs:
        if q["type"] == "direct":
            assert q["quote_text"][0] in "\"“", (did, q["quote_text"])
        if q["type"] == "indirect":
            assert not any(c in q["quote_text"] for c in "\"“”"), (did, q["quote_text"])
        if q["type"] == "mixed":
            assert any(c in q["quote_text"] for c in "\"“") and q["quote_text"][0] not in "\"“", (did, q["quote_text"])
    n = len(text)
    c = Counter(q["type"] for q in qs)
    tot.update(c); tot["docs"] += 1; tot["quotes"] += len(qs)
    print(f"{did:36s} len={n:5d} quotes={len(qs):3d} groups={len(seen):2d} " + " ".join(f"{k}={c[k]}" for k in ("direct", "indirect", "mixed")),
          "" if 1500 <= n <= 2100 else "  <-- LENGTH")
    out.append(dict(id=did, text=text, quotes=qs, source=SOURCE, license=LICENSE))

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind4.jsonl"), "w", encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(dict(tot))
q = tot["quotes"]
print({k: round(tot[k] / q, 3) for k in ("direct", "indirect", "mixed")})
