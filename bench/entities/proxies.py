#!/usr/bin/python3
"""The entity model's development figures, each from a model trained without the part it is
scored on (plugins/entities/README.md explains each):

  dev   the last 10 % of the sentences of BTC + gmb_full_train.conll (the last 5,140 GMB
        sentences), a model trained on the rest;
  btc   all of BTC (tweets, out of domain), a model trained on gmb_full_train.conll alone;
  near  the 2,000 GMB sentences on either side of the maintainers' held-out part (Kaggle
        sentences 8,834-9,833 and 10,927-11,926), a model trained on BTC and the rest of GMB.

usage: proxies.py [--only dev,btc,near] [--jobs N] [--plugin] [--keep DIR] [-- TRAINER-ARGS...]

Each model is trained with the committed model's recipe (RECIPE in this script, the same as README's
rebuild command) plus TRAINER-ARGS, which come last and so override it (`-- --margin 5`).
The figures are the trainer's own: PER/ORG/LOC exact-span F1 on GMB's or BTC's tokens, titles
out of the spans (GMB's titles are tagged TTL), float weights, no repairs.  --plugin also scores
the near split through the plugin (bench.py, GMB's convention), as the held-out part will be.
Evaluation files (gmb_full_test.conll, wikigold_test.conll) are never read.
"""
import argparse
import functools
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

from bench import read_conll

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
ENT = os.path.join(TOP, 'plugins', 'entities')
RECIPE = ['-m', '8', '-b', '18', '-e', '5', '-g', os.path.join(ENT, 'gazetteer.tsv'),
          '--clusters', os.path.join(ENT, 'clusters.tsv'), '--vectors', os.path.join(ENT, 'vectors.tsv'),
          '--titles-in-per', '--clean-titles', '--margin', '10']
# The near split, as 0-based sentence indexes of gmb_full_train.conll: Kaggle sentences 8,834-9,833
# are its sentences 8,833-9,832, and Kaggle 10,927-11,926 follow them directly (the held-out
# 9,834-10,926 are in no file).
NEAR = (8833, 10833)


@functools.lru_cache(maxsize=None)
def read_sentences(path):
    """A file's sentences as lists of (word, tag), -DOCSTART- lines dropped (as the trainer
    reads them); each file is read once."""
    return tuple(sent for doc in read_conll(path) for sent in doc)


def write_sentences(path, sents):
    with open(path, 'w', encoding='utf-8') as f:
        for s in sents:
            f.write(''.join(f'{w}\t{t}\n' for w, t in s) + '\n')


def train(trainer, model, files, last, extra, no_misc, log):
    """Trains on @files holding out the last @last sentences; returns the trainer's F1 on them."""
    total = sum(len(read_sentences(f)) for f in files)
    # The trainer holds out floor(n * fraction) sentences: half a sentence more keeps float
    # rounding from taking one too few.
    fraction = (last + 0.5) / total
    cmd = [trainer, '-o', model] + RECIPE + [a for f in no_misc for a in ('--no-misc', f)] \
        + ['--dev-fraction', repr(fraction)] + extra + files
    with open(log, 'w') as out:
        subprocess.run(cmd, check=True, stdout=out, stderr=subprocess.STDOUT)
    figures = re.findall(r'dev PER/ORG/LOC F1 ([0-9.]+)', open(log).read())
    if not figures:
        sys.exit(f'proxies: no F1 in {log}')
    return float(figures[-1])


def main():
    argv = sys.argv[1:]
    extra = []
    if '--' in argv:
        extra = argv[argv.index('--') + 1:]
        argv = argv[:argv.index('--')]
    ap = argparse.ArgumentParser(usage='%(prog)s [options] [-- TRAINER-ARGS...]',
                                 description='\n\n'.join(p for p in __doc__.strip().split('\n\n')
                                                         if not p.startswith('usage:')),
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--only', default='dev,btc,near', help='which figures (dev,btc,near)')
    ap.add_argument('--jobs', '-j', type=int, default=2, help='models trained at once (2)')
    ap.add_argument('--plugin', action='store_true',
                    help='also score the near split through the plugin (bench.py)')
    ap.add_argument('--keep', help='keep the models, logs and split files in this directory')
    ap.add_argument('--data', default=os.environ.get('LECTOR_NER_DATA', '/work/shared/data/ner'),
                    help='the folder of btc.conll and gmb_full_train.conll')
    ap.add_argument('--trainer',
                    default=os.path.join(TOP, '_build', 'plugins', 'entities', 'entities-train'))
    args = ap.parse_args(argv)
    only = [k for k in args.only.split(',') if k]
    for k in only:
        if k not in ('dev', 'btc', 'near'):
            ap.error(f'--only: unknown figure "{k}" (choose from dev, btc, near)')
    if not os.access(args.trainer, os.X_OK):
        ap.error(f'{args.trainer} not found: build it with `make plugins/entities/entities-train` '
                 'in _build, or pass --trainer')
    btc, gmb = os.path.join(args.data, 'btc.conll'), os.path.join(args.data, 'gmb_full_train.conll')
    for f in (btc, gmb):
        if not os.path.exists(f):
            ap.error(f'{f}: no such file (see --data)')
    work = args.keep or tempfile.mkdtemp(prefix='entities-proxies-')
    os.makedirs(work, exist_ok=True)
    try:
        run_figures(args, only, btc, gmb, extra, work)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


def run_figures(args, only, btc, gmb, extra, work):
    """Trains the models of the figures in @only in @work and prints the figures."""
    jobs = {}
    if 'dev' in only:
        n_btc, n_gmb = len(read_sentences(btc)), len(read_sentences(gmb))
        last = int((n_btc + n_gmb) * 0.1)
        jobs['dev'] = ([btc, gmb], last, [btc])
    if 'btc' in only:
        jobs['btc'] = ([gmb, btc], len(read_sentences(btc)), [])
    if 'near' in only:
        sents = read_sentences(gmb)
        near_train = os.path.join(work, 'near_train.conll')
        near_test = os.path.join(work, 'near_test.conll')
        write_sentences(near_train, sents[:NEAR[0]] + sents[NEAR[1]:])
        write_sentences(near_test, sents[NEAR[0]:NEAR[1]])
        jobs['near'] = ([btc, near_train, near_test], NEAR[1] - NEAR[0], [btc])

    def run(name):
        files, last, no_misc = jobs[name]
        return train(args.trainer, os.path.join(work, name + '.model'), files, last, extra,
                     no_misc, os.path.join(work, name + '.log'))

    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = dict(zip(jobs, pool.map(run, jobs)))
    for name in jobs:
        where = f'log {os.path.join(work, name + ".log")}' if args.keep else '--keep DIR keeps its log'
        print(f'{name:5} {results[name]:.2f}  (trainer; {where})')
    if args.plugin and 'near' in jobs:
        res = subprocess.run([sys.executable, os.path.join(HERE, 'bench.py'), '--no-peer', '--runs',
                              '1', '--repeat', '1', '-s',
                              'entities.model=' + os.path.join(work, 'near.model'),
                              os.path.join(work, 'near_test.conll')],
                             check=True, capture_output=True, text=True)
        f1 = re.search(r'"lector_f1": ([0-9.]+)', res.stderr)
        print(f'near  {f1.group(1) if f1 else "?"}  (through the plugin, bench.py)')


if __name__ == '__main__':
    main()
