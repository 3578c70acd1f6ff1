#!/usr/bin/python3
"""Entity benchmark: Lector's entities plugin beside compromise, same files, same run.

usage: bench/entities/bench.py [--lector PATH] [--no-peer] [--runs N] FILE.conll...

For each CoNLL file (token TAB tag, IOB2; e.g. /work/shared/data/ner/gmb_full_test.conll
and wikigold_test.conll) it
  1. rebuilds the text of each document from its tokens, the way the peer harness
     does (/work/shared/peers/ner/common.js: no space before , . 's etc.), so both
     systems read the same text.  A file without -DOCSTART- lines (GMB) is cut into
     documents of 20 sentences, about a wire story each;
  2. runs `lector run` (segment; entities) on one core (taskset -c 0) and projects the
     entity mentions back onto the gold tokens (a token inside a mention gets its type);
  3. times the same run (input repeated --repeat times) with segment alone, so the plugin's own throughput is
     tokens / (CPU time with entities - CPU time without), medians of --runs runs
     (CPU time of the lector process, which runs on one core: taskset -c 0; the
     plugin's share includes writing its layer as JSON);
  4. runs compromise through the peer harness (copied to a temporary directory and
     npm-installed there, as /work/shared/peers/README.md says);
  5. scores both with the peer scorer (score.py --types PER,ORG,LOC: entity-level exact
     spans, micro F1) and prints them side by side.

Conventions: GMB puts a person's title inside the PER span ("President Bush"), CoNLL and
wikigold do not.  The bench reads which one a file follows from its gold tags (is a
title such as "Mr." or "President" right before a name inside the PER span or not?)
and runs the plugin with that convention (entities.convention = gmb or conll);
--convention=conll|gmb overrides it.
"""
import argparse
import functools
import importlib.util
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
# The peers' harnesses, in the shared folder beside the source tree (../shared/peers) unless
# LECTOR_PEERS names another; bench.py scores with the NER harness's score.py.
PEER_DIR = os.path.join(os.environ.get('LECTOR_PEERS',
                                       os.path.join(os.path.dirname(TOP), 'shared', 'peers')), 'ner')

NO_SPACE_BEFORE = {',', '.', ';', ':', '!', '?', ')', ']', '}', "'s", "'S", "n't", "'", '%',
                   "'re", "'ve", "'ll", "'d", "'m", '...'}
NO_SPACE_AFTER = {'(', '[', '{', '$', '``'}


def read_conll(path, chunk=20):
    """Documents as lists of sentences of (word, tag)."""
    docs, doc, sent, has_docstart = [], [], [], False
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip():
            if sent:
                doc.append(sent)
                sent = []
            continue
        w, t = line.split('\t')[:2]
        if w == '-DOCSTART-':
            has_docstart = True
            if sent:
                doc.append(sent)
                sent = []
            if doc:
                docs.append(doc)
            doc = []
            continue
        sent.append((w, t))
    if sent:
        doc.append(sent)
    if doc:
        docs.append(doc)
    if not has_docstart:
        flat = [s for d in docs for s in d]
        docs = [flat[i:i + chunk] for i in range(0, len(flat), chunk)]
    return docs


# Words that are a person's title in any convention; which side of the PER span's
# start they fall on tells the annotation's convention.
TITLE_WORDS = {'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'President', 'Minister', 'Senator', 'Chancellor',
               'King', 'Queen', 'Pope', 'General'}


def gold_convention(docs):
    """'gmb' when the gold spans mostly include a title before a name, else 'conll',
    with the counts (titles inside, titles outside)."""
    inside = outside = 0
    for doc in docs:
        for sent in doc:
            for (w, t), (_, nt) in zip(sent, sent[1:]):
                if w not in TITLE_WORDS:
                    continue
                if t in ('B-PER', 'I-PER') and nt == 'I-PER':
                    inside += 1
                elif t == 'O' and nt in ('B-PER', 'I-PER'):  # I-PER: an IOB1 file
                    outside += 1
    return ('gmb' if inside > outside else 'conll'), inside, outside


def build_text(doc):
    text, offs = '', []
    for sent in doc:
        so, prev = [], None
        for w, _ in sent:
            if text and not (w in NO_SPACE_BEFORE or (prev is not None and prev in NO_SPACE_AFTER)):
                text += ' '
            so.append((len(text), len(text) + len(w)))
            text += w
            prev = w
        offs.append(so)
    return text, offs


def project(doc, offs, spans):
    """Same rule as the peer harness: a token overlapping a span takes its type."""
    tags = [['O'] * len(s) for s in doc]
    flat = [(o[0], o[1], si, ti) for si, so in enumerate(offs) for ti, o in enumerate(so)]
    for start, end, typ in sorted(spans, key=lambda x: (x[0], -x[1])):
        cov = [c for c in flat if c[0] < end and c[1] > start]
        if not cov:
            continue
        toks = [c for c in cov if c[2] == cov[0][2]]
        if any(tags[si][ti] != 'O' for _, _, si, ti in toks):
            continue
        for k, (_, _, si, ti) in enumerate(toks):
            tags[si][ti] = ('B-' if k == 0 else 'I-') + typ
    return tags


def write_pred(path, docs, all_tags):
    with open(path, 'w', encoding='utf-8') as out:
        for doc, tags in zip(docs, all_tags):
            out.write('-DOCSTART-\tO\n\n')
            for sent, st in zip(doc, tags):
                for (w, _), t in zip(sent, st):
                    out.write(f'{w}\t{t}\n')
                out.write('\n')


def write_gold(path, docs):
    write_pred(path, docs, [[[t for _, t in s] for s in d] for d in docs])


def run_lector(lector, conf, jsonl, out_path, sets=()):
    """CPU seconds (user + system) of one run: steadier than wall time on a shared machine."""
    extra = [a for s in sets for a in ('-s', s)]
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(['taskset', '-c', '0', lector, 'run', '-q', '-c', conf, '-f', 'jsonl', '-o',
                    out_path] + extra + [jsonl], check=True)
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)


# The types scored, as the bar counts them.
SCORED = {'PER', 'ORG', 'LOC'}


@functools.lru_cache(maxsize=None)
def peer_scorer():
    """The peer harness's score.py as a module, loaded once: both the figures and the
    interval count spans with its reader."""
    spec = importlib.util.spec_from_file_location('peer_score', os.path.join(PEER_DIR, 'score.py'))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def score(gold, pred):
    """Per type and overall ('ALL'): P, R, F1, counts (score.py --types PER,ORG,LOC)."""
    return peer_scorer().score(gold, pred, SCORED)


def doc_counts(docs, all_tags):
    """Per document, (true positives, gold spans, predicted spans) over PER/ORG/LOC, the
    spans read by the peer scorer's own reader."""
    spans, keep = peer_scorer().spans, SCORED
    counts = []
    for doc, tags in zip(docs, all_tags):
        tp = n_gold = n_pred = 0
        for sent, st in zip(doc, tags):
            g, p = spans([t for _, t in sent], keep), spans(st, keep)
            tp, n_gold, n_pred = tp + len(g & p), n_gold + len(g), n_pred + len(p)
        counts.append((tp, n_gold, n_pred))
    return counts


def micro_f1(counts):
    tp = sum(c[0] for c in counts)
    total = sum(c[1] + c[2] for c in counts)
    return 200.0 * tp / total if total else 0.0


def bootstrap(statistic, n_docs, rounds=1000, seed=1):
    """A 95 % interval of @statistic (a function of a list of document indexes) over samples
    of the documents drawn with replacement: how far a figure could move on another sample
    of the same kind of text."""
    rng = random.Random(seed)
    values = sorted(statistic([rng.randrange(n_docs) for _ in range(n_docs)])
                    for _ in range(rounds))
    return [round(values[int(0.025 * rounds)], 1), round(values[int(0.975 * rounds) - 1], 1)]


def setup_peer(tmp):
    dst = os.path.join(tmp, 'peer')
    try:
        shutil.copytree(PEER_DIR, dst)
        for f in os.listdir(dst):
            os.chmod(os.path.join(dst, f), 0o644)
        os.chmod(dst, 0o755)
        subprocess.run(['npm', 'install', '--no-audit', '--no-fund', '--silent'], cwd=dst,
                       check=True, stdout=subprocess.DEVNULL)
    except (OSError, subprocess.CalledProcessError) as e:
        sys.exit(f'bench.py: cannot set up the peer (compromise) from {PEER_DIR}: {e}; '
                 '--no-peer runs without it')
    return dst


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('files', nargs='+')
    ap.add_argument('--lector', default=os.path.join(TOP, '_build', 'lector-uninstalled'))
    ap.add_argument('--no-peer', action='store_true')
    ap.add_argument('--runs', type=int, default=5, help='timed runs (median)')
    ap.add_argument('--repeat', type=int, default=20, help='copies of the input per timed run')
    ap.add_argument('--convention', choices=['auto', 'conll', 'gmb'], default='auto',
                    help="the gold file's: are titles inside PER spans (gmb) or not (conll); "
                         "auto reads it from the gold tags")
    ap.add_argument('--set', '-s', action='append', default=[],
                    help='STAGE.KEY=VALUE for lector run, e.g. entities.consistency=false')
    ap.add_argument('--keep', help='keep the predictions in this directory')
    ap.add_argument('--baseline-model', metavar='MODEL',
                    help='also run this entities model and print the difference in F1 with a '
                         '95 %% interval (paired bootstrap over documents)')
    args = ap.parse_args()

    if not os.path.exists(os.path.join(PEER_DIR, 'score.py')):
        sys.exit(f'bench.py: {os.path.join(PEER_DIR, "score.py")} is missing: lector (and the '
                 'peer) are scored with the peer harness\'s scorer; point LECTOR_PEERS at the '
                 'shared peers folder')
    tmp = tempfile.mkdtemp(prefix='bench-entities-')
    try:
        run_bench(args, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def run_bench(args, tmp):
    """Runs and scores lector (and the peer) on each file, in @tmp, and prints the table."""
    keep = args.keep or tmp
    os.makedirs(keep, exist_ok=True)
    conf_full = os.path.join(tmp, 'entities.conf')
    conf_seg = os.path.join(tmp, 'segment.conf')
    with open(conf_full, 'w') as f:
        f.write('[pipeline]\nname = bench\nstages = segment; entities\n')
    with open(conf_seg, 'w') as f:
        f.write('[pipeline]\nname = bench-segment\nstages = segment\n')
    peer = None if args.no_peer else setup_peer(tmp)
    rows = []
    for path in args.files:
        name = os.path.basename(path).rsplit('.', 1)[0]
        docs = read_conll(path)
        convention, titles_inside, titles_outside = gold_convention(docs)
        if args.convention != 'auto':
            convention = args.convention
        sets = args.set + [f'entities.convention={convention}']
        built = [build_text(d) for d in docs]
        n_tok = sum(len(s) for d in docs for s in d)
        n_bytes = sum(len(t.encode('utf-8')) for t, _ in built)
        jsonl = os.path.join(tmp, name + '.jsonl')
        with open(jsonl, 'w', encoding='utf-8') as f:
            for i, (text, _) in enumerate(built):
                f.write(json.dumps({'id': i, 'text': text}, ensure_ascii=False) + '\n')
        # Timing reads the documents --repeat times over, so that start-up (loading
        # the model, about 10 ms) does not count as tagging time.
        timing = os.path.join(tmp, name + '.timing.jsonl')
        with open(timing, 'w', encoding='utf-8') as f:
            for r in range(args.repeat):
                for i, (text, _) in enumerate(built):
                    f.write(json.dumps({'id': f'{r}-{i}', 'text': text}, ensure_ascii=False) + '\n')
        out = os.path.join(tmp, name + '.out.jsonl')
        scratch = os.path.join(tmp, 'timing.out.jsonl')

        def predict(sets):
            """The plugin's mentions, projected onto the gold tokens."""
            run_lector(args.lector, conf_full, jsonl, out, sets)
            all_tags = []
            for line, doc, (text, offs) in zip(open(out, encoding='utf-8'), docs, built):
                rec = json.loads(line)
                spans = [(a['start'], a['end'], a['label']) for a in rec['layers']['entities']]
                all_tags.append(project(doc, offs, spans))
            return all_tags

        all_tags = predict(sets)
        full_t = [run_lector(args.lector, conf_full, timing, scratch, sets)
                  for _ in range(args.runs)]
        seg_t = [run_lector(args.lector, conf_seg, timing, scratch) for _ in range(args.runs)]
        gold = os.path.join(keep, name + '.gold.conll')
        pred = os.path.join(keep, name + '.lector.conll')
        write_gold(gold, docs)
        write_pred(pred, docs, all_tags)
        ours = score(gold, pred)
        counts = doc_counts(docs, all_tags)
        interval = bootstrap(lambda sample: micro_f1([counts[i] for i in sample]), len(docs))
        if args.baseline_model:
            # The same documents through the baseline model; the paired bootstrap draws the
            # same documents for both, so what the sample shares cancels out.
            base_sets = [x for x in sets if not x.startswith('entities.model=')]
            base = doc_counts(docs, predict(base_sets + ['entities.model=' + args.baseline_model]))
            versus = {'baseline_f1': round(micro_f1(base), 1),
                      'difference': round(micro_f1(counts) - micro_f1(base), 2),
                      'difference_ci95': bootstrap(
                          lambda sample: micro_f1([counts[i] for i in sample])
                          - micro_f1([base[i] for i in sample]), len(docs))}
        t_full, t_seg = statistics.median(full_t), statistics.median(seg_t)
        n_tok_timed = n_tok * args.repeat
        row = {'file': name, 'tokens': n_tok, 'bytes': n_bytes, 'convention': convention,
               'gold_titles_inside_outside': [titles_inside, titles_outside],
               'lector_f1': ours['ALL']['F1'], 'lector_f1_ci95': interval,
               'documents': len(docs), 'lector_types': {k: v['F1'] for k, v in ours.items()},
               'pipeline_s': round(t_full, 3), 'segment_only_s': round(t_seg, 3),
               'pipeline_tok_per_s': round(n_tok_timed / t_full),
               'entities_tok_per_s': round(n_tok_timed / max(t_full - t_seg, 1e-9)),
               'entities_MB_per_s': round(n_bytes * args.repeat / 1e6 / max(t_full - t_seg, 1e-9), 2)}
        if args.baseline_model:
            row['versus_baseline'] = versus
        if peer:
            ppred = os.path.join(keep, name + '.compromise.conll')
            res = subprocess.run(['node', os.path.join(peer, 'run_compromise.js'), gold, ppred],
                                 check=True, capture_output=True, text=True, cwd=peer)
            timing = json.loads(res.stdout.strip().splitlines()[-1])
            theirs = score(gold, ppred)
            row.update({'compromise_f1': theirs['ALL']['F1'],
                        'compromise_types': {k: v['F1'] for k, v in theirs.items()},
                        'compromise_tok_per_s': timing['tok_per_s']})
        rows.append(row)
        print(json.dumps(row), file=sys.stderr)

    print()
    print(f"{'file':24} {'tokens':>8} | {'F1 lector':>9} {'F1 peer':>8} | "
          f"{'entities tok/s':>14} {'pipeline tok/s':>14} {'peer tok/s':>10} {'speed ratio':>11}")
    for r in rows:
        peer_f1 = r.get('compromise_f1', float('nan'))
        peer_tps = r.get('compromise_tok_per_s')
        ratio = f"{r['pipeline_tok_per_s'] / peer_tps:.0f}x" if peer_tps else '-'
        print(f"{r['file']:24} {r['tokens']:>8} | {r['lector_f1']:>9.1f} {peer_f1:>8.1f} | "
              f"{r['entities_tok_per_s']:>14,} {r['pipeline_tok_per_s']:>14,} "
              f"{peer_tps or 0:>10,} {ratio:>11}")
        print(f"{'':24} {'':>8} | convention {r['convention']} (gold: a title inside the PER span "
              f"{r['gold_titles_inside_outside'][0]} times, outside {r['gold_titles_inside_outside'][1]})")
        print(f"{'':24} {'':>8} | lector's 95 % interval {r['lector_f1_ci95'][0]:.1f}-"
              f"{r['lector_f1_ci95'][1]:.1f} (bootstrap over the {r['documents']} documents)")
        if 'versus_baseline' in r:
            v = r['versus_baseline']
            print(f"{'':24} {'':>8} | against the baseline model ({v['baseline_f1']:.1f}): "
                  f"{v['difference']:+.2f}, 95 % interval {v['difference_ci95'][0]:+.1f} to "
                  f"{v['difference_ci95'][1]:+.1f} (paired bootstrap)")
        print(f"{'':24} {'':>8} | per type: lector {r['lector_types']}"
              + (f"  compromise {r['compromise_types']}" if 'compromise_types' in r else ''))
    print('(F1: PER/ORG/LOC entity-level exact spans, micro; speed ratio: lector pipeline '
          '(segment+entities) over compromise, one core)')


if __name__ == '__main__':
    main()
