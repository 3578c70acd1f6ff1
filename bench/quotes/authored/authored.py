"""Shared machinery of the authored quote sets' build.py scripts.

Spans are found by exact substring search (never typed offsets), records are built in the
dev.jsonl format and key order, checked with assertions and written as JSON Lines.
"""
import json
import os

LICENSE = "MIT (written for the Lector project)"
TYPES = ("direct", "indirect", "mixed")
OPENING_MARKS = "\"\u201c"
QUOTE_MARKS = "\"\u201c\u201d"
GROUP_FIELDS = ("speaker", "speaker_start", "cue_start")


def find_once(text, sub, what):
    """Start of `sub`, which must occur in `text` exactly once."""
    n = text.count(sub)
    assert n == 1, f"{what}: {sub!r} occurs {n} times"
    return text.index(sub)


def locate(text, sub, context, what):
    """(start, end) of `sub`: unique in `text`, or, given a `context` unique in `text`,
    the first occurrence of `sub` inside it."""
    if context is None:
        start = find_once(text, sub, what)
    else:
        offset = context.find(sub)
        assert offset >= 0, f"{what}: {sub!r} not in context {context!r}"
        start = find_once(text, context, what + " context") + offset
    return start, start + len(sub)


def quote_record(text, quote, mention, cue, speaker, type_, group):
    """One gold quote; `quote`, `mention` and `cue` are (start, end) spans of `text`."""
    assert type_ in TYPES, f"unknown type {type_!r}"
    (qs, qe), (ms, me), (cs, ce) = quote, mention, cue
    return {"quote_start": qs, "quote_end": qe, "quote_text": text[qs:qe],
            "speaker": speaker, "speaker_start": ms, "speaker_end": me,
            "speaker_mention": text[ms:me], "cue": text[cs:ce], "cue_start": cs, "cue_end": ce,
            "type": type_, "group": group}


def document_record(did, text, quotes, source):
    """One document record: id, text, quotes, source, license."""
    return {"id": did, "text": text, "quotes": quotes, "source": source, "license": LICENSE}


def check_offsets(did, text, quote):
    """Quote text, speaker mention and cue must be the text at their offsets."""
    assert text[quote["quote_start"]:quote["quote_end"]] == quote["quote_text"], (did, quote)
    assert text[quote["speaker_start"]:quote["speaker_end"]] == quote["speaker_mention"], (did, quote)
    assert text[quote["cue_start"]:quote["cue_end"]] == quote["cue"], (did, quote)


def check_no_overlap(did, quotes):
    """Quotes, sorted by start, must not overlap."""
    for a, b in zip(quotes, quotes[1:]):
        assert a["quote_end"] <= b["quote_start"], (did, "overlapping quotes", a["quote_text"][:40])


def first_appearance(groups):
    """Distinct group labels in order of first appearance."""
    order = []
    for g in groups:
        if g not in order:
            order.append(g)
    return order


def check_groups_numbered(did, quotes):
    """Groups must be numbered 1..n in order of first appearance."""
    order = first_appearance(q["group"] for q in quotes)
    assert order == list(range(1, len(order) + 1)), (did, order)


def renumber_groups(quotes):
    """Relabel groups 1..n in order of first appearance."""
    number = {g: i for i, g in enumerate(first_appearance(q["group"] for q in quotes), 1)}
    for q in quotes:
        q["group"] = number[q["group"]]


def check_group_agreement(did, quotes, fields=GROUP_FIELDS):
    """All quotes of a group must agree on `fields` (speaker, mention and cue)."""
    by_group = {}
    for q in quotes:
        by_group.setdefault(q["group"], set()).add(tuple(q[f] for f in fields))
    for g, values in by_group.items():
        assert len(values) == 1, (did, g, values)


def check_quote_marks(did, quote):
    """Direct spans open with a quotation mark, indirect spans hold none, mixed spans some."""
    text, type_ = quote["quote_text"], quote["type"]
    if type_ == "direct":
        assert text[0] in OPENING_MARKS, (did, text[:40])
    elif type_ == "indirect":
        assert not any(c in text for c in QUOTE_MARKS), (did, text[:40])
    else:
        assert any(c in text for c in QUOTE_MARKS), (did, text[:40])


def path_beside(script, name):
    """Path of `name` in the directory of `script` (a build.py's __file__)."""
    return os.path.join(os.path.dirname(os.path.abspath(script)), name)


def write_jsonl(path, records):
    """Write one JSON object per line, UTF-8, non-ASCII kept as is."""
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
