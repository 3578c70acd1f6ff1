#!/usr/bin/python3
"""A random sample of the tagger's errors, for reading by hand (bench/entities/noise-audit.md).

usage: error-sample.py GOLD.conll PRED.conll [--seed N] [--n N]

GOLD and PRED are the files `bench.py --keep DIR` writes (DIR/NAME.gold.conll and
DIR/NAME.lector.conll): the same tokens, one tag each.  An error is a PER, ORG or LOC span of
one file that the other does not have with the same start, end and type (conlleval's exact
match): a gold span missed, or a predicted span not in the gold.  Each sampled error is printed
with its sentence and every gold and predicted span of it.
"""
import argparse
import random

from bench import read_conll

SCORED = ('PER', 'ORG', 'LOC')


def spans(tags):
    """The (start, end, type) spans of BIO @tags; an I- tag after another type starts a span."""
    out, start, kind = [], None, None
    for i, t in enumerate(list(tags) + ['O']):
        if t == 'O' or t.startswith('B-') or t[2:] != kind:
            if start is not None:
                out.append((start, i, kind))
            start, kind = (None, None) if t == 'O' else (i, t[2:])
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('gold')
    ap.add_argument('pred')
    ap.add_argument('--seed', type=int, default=11)
    ap.add_argument('--n', type=int, default=150)
    args = ap.parse_args()
    gold = [s for doc in read_conll(args.gold) for s in doc]
    pred = [s for doc in read_conll(args.pred) for s in doc]
    if [[w for w, _ in s] for s in gold] != [[w for w, _ in s] for s in pred]:
        ap.error('the two files do not hold the same tokens')
    errors = []
    for n, (g, p) in enumerate(zip(gold, pred)):
        gs, ps = spans(t for _, t in g), spans(t for _, t in p)
        errors += [(n, 'missed gold', s, g, gs, ps) for s in gs if s[2] in SCORED and s not in ps]
        errors += [(n, 'predicted, not in gold', s, g, gs, ps)
                   for s in ps if s[2] in SCORED and s not in gs]
    random.seed(args.seed)
    sample = random.sample(errors, min(args.n, len(errors)))
    print(f'# {len(errors)} errors in all (PER/ORG/LOC); {len(sample)} sampled at random '
          f'(seed {args.seed})\n')
    for k, (n, what, s, sent, gs, ps) in enumerate(sample, 1):
        words = [w for w, _ in sent]

        def show(ss):
            return '; '.join(f'[{" ".join(words[a:b])}]/{t}' for a, b, t in sorted(ss)) or '(none)'
        print(f'## E{k}  sentence {n}  {what}: [{" ".join(words[s[0]:s[1]])}]/{s[2]}')
        print('text: ' + ' '.join(words))
        print('gold: ' + show(gs))
        print('pred: ' + show(ps) + '\n')


if __name__ == '__main__':
    main()
