#!/usr/bin/python3
"""How each stage's time grows with odd or huge documents: quadratic paths show up here.

usage: bench/scaling/scaling.py [--lector PATH] [--config CONF] [--factor K] [--runs N]
                                [--only P,P...] [--list]

For each pattern below (a generated document: one huge unpunctuated line, a paragraph of
thousands of pronouns, tens of thousands of acronyms...), the document is written at a base size
and at K times it (--factor, default 4), and each is run --runs times (default 3) through
`lector run --stats -j 1` (examples/news.conf, the default pipeline, or --config). Printed: the
median CPU time of every stage at both sizes and their ratio, and the command's peak RSS at both
sizes with its growth per input byte (shown, not judged). A linear stage's ratio is about K; a
quadratic one's about K squared. A ratio above 1.5 K on a stage that took at least 0.2 s at the
larger size is flagged "SUPER-LINEAR", and the script exits with status 1 if any is. The figures
are CPU time on a shared machine: a ratio near the limit on a short stage deserves a second run.

Run it from the top of the source tree after a build in _build:
    /usr/bin/python3 bench/scaling/scaling.py
"""
import argparse
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))

WORDS = ("the minister said that government would consider new rules for markets and banks "
         "after talks with officials in the capital on Monday").split()
FIRST = ["John", "Mary", "Ahmed", "Li", "Olga", "Pedro", "Anna", "Kofi", "Yuki", "Hans"]
LAST = ["Smith", "Jones", "Brown", "Garcia", "Chen", "Kumar", "Novak", "Okafor", "Sato", "Rossi"]


def words(rng, k):
    return ' '.join(rng.choice(WORDS) for _ in range(k))


def paragraphs(pieces, every):
    """The pieces, a paragraph of @every of them each (0: one paragraph)."""
    out = []
    for i, piece in enumerate(pieces):
        out.append(piece)
        out.append('\n' if every and i % every == every - 1 else ' ')
    return ''.join(out) + '\n'


# name: (what it is, base count, the text of @n units)
PATTERNS = {
    'oneline': ("one line of words and names, no punctuation", 40000,
                lambda r, n: ' '.join(r.choice(WORDS + FIRST + LAST) for _ in range(n)) + '\n'),
    'short-sentences': ("one paragraph of very short sentences", 40000,
                        lambda r, n: ' '.join(r.choice(['Yes.', 'No.', 'Why?', 'Go!'])
                                              for _ in range(n)) + '\n'),
    'paragraphs': ("a one-sentence paragraph a line", 10000,
                   lambda r, n: ''.join(f"The minister {r.choice(LAST)} said the "
                                        f"{r.choice(WORDS)} would rise.\n" for _ in range(n))),
    'names': ("different people meeting, 20 sentences a paragraph", 5000,
              lambda r, n: paragraphs((f"{r.choice(FIRST)} {r.choice(LAST)}{i} met "
                                       f"{r.choice(FIRST)} {r.choice(LAST)}{i + 1} in Paris on Monday, "
                                       "officials said."
                                       for i in range(n)), 20)),
    'name-list': ("one sentence of comma-separated names", 10000,
                  lambda r, n: ', '.join(f"{r.choice(FIRST)} {r.choice(LAST)}{i}"
                                         for i in range(n)) + ' met.\n'),
    'capitalised-run': ("one run of capitalised words", 20000,
                        lambda r, n: ' '.join(r.choice(FIRST + LAST) for _ in range(n)) + '.\n'),
    'acronyms': ("\"The A.B.C.… said NATO.\"", 5000,
                 lambda r, n: paragraphs((f"The {''.join(chr(65 + (i * 7 + j) % 26) + '.' for j in range(12))}"
                                          " said NATO." for i in range(n)), 20)),
    'acronym-speakers': ("agencies named by acronyms the text does not expand", 5000,
                         lambda r, n: paragraphs((f"The {' '.join(r.choice(LAST) for _ in range(3))} Agency "
                                                  f"{r.choice(LAST)} met. "
                                                  f"{''.join(r.choice('ABCDEFGHIJKLMNOP') for _ in range(4))}"
                                                  f" said the {r.choice(WORDS)} would rise."
                                                  for _ in range(n)), 5)),
    'missed-names': ("speakers the entities layer does not tag", 2500,
                     lambda r, n: paragraphs((f"{r.choice(FIRST)} {r.choice(LAST)}{i} met us. "
                                              f"ZORK{i} said the {r.choice(WORDS)} would rise."
                                              for i in range(n)), 5)),
    'role-words': ("\"Secretary X visited … The secretary said …\"", 5000,
                   lambda r, n: paragraphs((f"Secretary {r.choice(FIRST)} {r.choice(LAST)}{i} visited "
                                            f"Paris. The secretary said the {r.choice(WORDS)} would rise."
                                            for i in range(n)), 5)),
    'the-ministry': ("\"The ministry said …\"", 5000,
                     lambda r, n: paragraphs((f"The ministry said the {r.choice(WORDS)} would "
                                              f"{r.choice(WORDS)}." for _ in range(n)), 5)),
    'he-said': ("one paragraph of \"He said …\"", 5000,
                lambda r, n: paragraphs((f"He said the {r.choice(WORDS)} would {r.choice(WORDS)}."
                                         for _ in range(n)), 0)),
    'quoted-he-said': ("one paragraph of quotations \"he said\"", 5000,
                       lambda r, n: paragraphs((f"\u201c{words(r, 5)},\u201d he said."
                                                for _ in range(n)), 0)),
    'cueless': ("attributions and quotations with no cue, alternating", 5000,
                lambda r, n: ''.join(f"{r.choice(FIRST)} {r.choice(LAST)} said the "
                                     f"{r.choice(WORDS)} would rise.\n\u201cWe {r.choice(WORDS)} "
                                     f"the {r.choice(WORDS)}.\u201d\n" for _ in range(n))),
    'according-to': ("one line of \"according to Smith , according to Jones\"", 5000,
                     lambda r, n: 'He said it, ' + 'according to Smith , according to Jones ' * n
                     + '.\n'),
    'cues-oneline': ("one line of \"X said …\", no punctuation", 10000,
                     lambda r, n: ' '.join(f"{r.choice(LAST)} said {words(r, 3)}"
                                           for _ in range(n)) + '\n'),
    'open-quotes': ("opening quotation marks that never close", 20000,
                    lambda r, n: ' '.join('\u201c' + r.choice(WORDS) for _ in range(n)) + '\n'),
    'nested-quotes': ("quotations nested thousands deep", 4000,
                      lambda r, n: 'Smith said ' + '\u201c\u2018' * n + 'hello' + '\u2019\u201d' * n
                      + '.\n'),
    'apostrophes': ("contractions and stray apostrophes", 40000,
                    lambda r, n: ' '.join(r.choice(["don't", "it's", "'tis", "O'Brien's", "'90s", "'"])
                                          for _ in range(n)) + '\n'),
    'long-token': ("one token of letters", 200000, lambda r, n: 'x' * n + '\n'),
    'urls': ("one line of URLs", 10000,
             lambda r, n: ' '.join(f"https://example.com/path/{i}?q=a.b&c=d" for i in range(n)) + '\n'),
    'punctuation': ("punctuation only", 100000,
                    lambda r, n: ''.join(r.choice('.,;:!?-()[]"\'\u201c\u201d\u2014') for _ in range(n))
                    + '\n'),
    'summary-one-paragraph': ("one paragraph of ordinary sentences", 20000,
                              lambda r, n: paragraphs((f"The {words(r, 6)} {r.choice(WORDS)}."
                                                       for _ in range(n)), 0)),
}

# "  NAME   WALL s   MB/s   cpu   CPU s   MB/s": the stage's CPU time is what is compared.
STAGE_LINE = re.compile(r'^  (\S+)\s+[0-9.]+ s\s+\S+ MB/s\s+cpu\s+([0-9.]+) s')


def run_once(cmd):
    """Runs @cmd; returns its exit status, its standard error and its peak RSS in bytes."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    err = proc.stderr.read()
    proc.stderr.close()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, err, usage.ru_maxrss * 1024


def stage_times(lector, config, path, runs):
    """The median over @runs runs of each stage's CPU time on @path, and the median peak RSS."""
    cmd = [lector, 'run', '-q', '--stats', '-j', '1', '-o', os.devnull]
    if config:
        cmd += ['-c', config]
    samples, rss = {}, []
    for _ in range(runs):
        status, err, peak = run_once(cmd + [path])
        if status != 0:
            sys.exit(f"scaling.py: {' '.join(cmd + [path])} failed (exit {status}):\n{err.strip()}")
        rss.append(peak)
        found = False
        for line in err.splitlines():
            m = STAGE_LINE.match(line)
            if m:
                samples.setdefault(m.group(1), []).append(float(m.group(2)))
                found = True
        if not found:
            sys.exit(f"scaling.py: no stage times in the output of {' '.join(cmd)}:\n{err}")
    return ({stage: statistics.median(values) for stage, values in samples.items()},
            statistics.median(rss))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--lector', default=os.path.join(TOP, '_build', 'lector-uninstalled'))
    ap.add_argument('--config', default=os.path.join(TOP, 'examples', 'news.conf'))
    ap.add_argument('--factor', type=int, default=4)
    ap.add_argument('--runs', type=int, default=3, help='runs of each size (median; default 3)')
    ap.add_argument('--only', help='comma-separated patterns')
    ap.add_argument('--list', action='store_true', help='list the patterns and stop')
    args = ap.parse_args()
    if args.list:
        for name, (what, base, _) in PATTERNS.items():
            print(f"{name:22} {what} (base {base})")
        return 0
    if not os.access(args.lector, os.X_OK):
        sys.exit(f"scaling.py: {args.lector} is not there: build first (see README.md), or give --lector")
    if args.factor < 2 or args.runs < 1:
        sys.exit("scaling.py: --factor must be at least 2 and --runs at least 1")
    names = list(PATTERNS) if not args.only else args.only.split(',')
    unknown = [n for n in names if n not in PATTERNS]
    if unknown:
        sys.exit(f"scaling.py: no pattern {', '.join(unknown)} (--list lists them)")

    limit = 1.5 * args.factor
    flagged = []
    print(f"stage time at the base size and at {args.factor}x, and their ratio "
          f"(linear ~{args.factor}, quadratic ~{args.factor ** 2}; flagged above {limit:g} "
          f"when the larger run took 0.2 s or more)")
    with tempfile.TemporaryDirectory(prefix='lector-scaling-') as tmp:
        for name in names:
            what, base, make = PATTERNS[name]
            runs = []
            for n in (base, base * args.factor):
                path = os.path.join(tmp, f'{name}-{n}.txt')
                with open(path, 'w', encoding='utf-8') as f:
                    f.write(make(random.Random(42), n))
                runs.append((os.path.getsize(path),
                             stage_times(args.lector, args.config, path, args.runs)))
            (small_bytes, (small, small_rss)), (large_bytes, (large, large_rss)) = runs
            growth = (large_rss - small_rss) / (large_bytes - small_bytes)
            print(f"\n{name}: {what}; {small_bytes / 1e6:.2f} MB and {large_bytes / 1e6:.2f} MB; "
                  f"peak RSS {small_rss / 1e6:.0f} and {large_rss / 1e6:.0f} MB "
                  f"({growth:.0f} bytes per input byte)")
            for stage in large:
                t0, t1 = small.get(stage, 0.0), large[stage]
                ratio = t1 / t0 if t0 > 0 else float('inf')
                mark = ''
                if ratio > limit and t1 >= 0.2:
                    mark = '  SUPER-LINEAR'
                    flagged.append(f"{name}/{stage}")
                shown = f"{ratio:6.1f}" if t0 > 0 else '     -'
                print(f"  {stage:12} {t0:8.3f} s {t1:8.3f} s {shown}{mark}")
    print()
    if flagged:
        print(f"super-linear: {', '.join(flagged)}")
        return 1
    print(f"no stage grew faster than {limit:g}x over {len(names)} patterns")
    return 0


if __name__ == '__main__':
    sys.exit(main())
