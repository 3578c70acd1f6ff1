#!/bin/sh
# The entity model's training tool (TAP): a model trained with word clusters loads in the plugin
# and tags; the same inputs give the same bytes (the committed model is rebuilt that way); a bad
# clusters file is an error naming the file and line, and writes no model; --no-misc names one
# of the training files; --models averages models trained in other orders, deterministically;
# the same for word vectors (--vectors).
set -u
: "${LECTOR:?LECTOR must name the lector command}"
: "${top_srcdir:?}" "${top_builddir:?}"
train="$top_builddir/plugins/entities/entities-train"
work=$(mktemp -d "${TMPDIR:-/tmp}/lector-entities-train-XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
. "$top_srcdir/tests/tap.sh"

# A small corpus: people, places and organisations in a few frames, BIO tags.
awk 'BEGIN {
  split("Anna Smith|Omar Haddad|Lena Berg|Paul Morel", per, "|");
  split("Cairo|Lisbon|Nairobi|Oslo", loc, "|");
  split("Acme Corp|Nordbank|Volta Motors|Heron Group", org, "|");
  for (i = 0; i < 40; i++) {
    p = per[i % 4 + 1]; l = loc[(i + 1) % 4 + 1]; o = org[(i + 2) % 4 + 1];
    n = split(p, w, " "); for (k = 1; k <= n; k++) printf "%s\t%s-PER\n", w[k], k == 1 ? "B" : "I";
    printf "visited\tO\n%s\tB-LOC\nfor\tO\n", l;
    n = split(o, w, " "); for (k = 1; k <= n; k++) printf "%s\t%s-ORG\n", w[k], k == 1 ? "B" : "I";
    printf ".\tO\n\n";
  }
}' > train.conll
printf '# word clusters\nanna\t3\t1\nsmith\t3\t1\ncairo\t7\t2\nlisbon\t7\t2\nnordbank\t9\t4\n' > clusters.tsv
printf 'cairo\tcity\nanna\tfirst\n' > gazetteer.tsv

check "trains with word clusters" \
  "$train" -o a.model -b 12 -e 3 -g gazetteer.tsv --clusters clusters.tsv train.conll 2>train.err
check "the same inputs give the same model" \
  sh -c '"$0" -o b.model -b 12 -e 3 -g gazetteer.tsv --clusters clusters.tsv train.conll 2>/dev/null && cmp -s a.model b.model' "$train"

printf '[pipeline]\nstages = segment; entities\n' > ent.conf
printf '{"id": "d1", "text": "Omar Haddad visited Cairo for Nordbank."}\n' > doc.jsonl
"$LECTOR" run -q -c ent.conf -f jsonl -s "entities.model=$work/a.model" -o out.jsonl doc.jsonl 2>run.err
check "the plugin loads the model and tags with it" grep -q '"label": *"LOC"' out.jsonl

"$train" -o m3.model -m 3 -b 12 -e 3 -g gazetteer.tsv --clusters clusters.tsv train.conll 2>/dev/null
"$train" -o m3b.model -m 3 -b 12 -e 3 -g gazetteer.tsv --clusters clusters.tsv train.conll 2>/dev/null
check "the mean of three models is another model" sh -c 'test -s m3.model && ! cmp -s a.model m3.model'
check "and the same inputs give it byte for byte" cmp -s m3.model m3b.model
"$LECTOR" run -q -c ent.conf -f jsonl -s "entities.model=$work/m3.model" -o m3.jsonl doc.jsonl 2>/dev/null
check "the plugin tags with the mean of models" grep -q '"label": *"ORG"' m3.jsonl
"$train" -o m0.model -m 0 train.conll 2>m0.err
status=$?
check "--models 0 is refused" sh -c "test $status -eq 2 && test ! -e m0.model"

# Options out of their range are refused before anything is read, naming the option: a dev
# fraction of 1 or more held out more sentences than there are (and read past the corpus).
for opt in "--dev-fraction 1.5" "--dev-fraction -0.5" "--dev-fraction nan" "--margin -1" \
    "--margin inf" "--prune nan" "--vector-scale 0" "--vector-scale inf" "--caps-every -1" \
    "--doc-sentences -2"; do
  rm -f o.model
  # shellcheck disable=SC2086 # the option and its value, two words
  "$train" -o o.model -b 12 -e 1 $opt train.conll 2>opt.err
  status=$?
  check "$opt is refused, naming the option" \
    sh -c "test $status -eq 2 && grep -q -- '${opt%% *}' opt.err && test ! -e o.model"
done

# A bad line of a training file is an error naming the file and line: one without a tab, one
# whose tag is none of the tagger's (a typo, or a third column: "word TAB POS TAB tag", whose
# tags were all taken for O), and no model is written.
printf 'Anna\tB-PER\nleft\tO\n\nnotab\n' > notab.conll
printf 'Anna\tB-PER\nvisited\tO\nCairo\tB-PLACE\n' > badtag.conll
printf 'Anna\tNNP\tB-PER\nleft\tVBD\tO\n' > columns.conll
# Text that is not UTF-8 (a Latin-1 file): documents are UTF-8, so such words could never match
# one, and upper-casing them for the headline copies reads past a cut character.
printf 'Anna\tB-PER\nvisited\tO\nBogot\341\tB-LOC\n' > latin1.conll
# IOB1 tags (CoNLL-2003's original: a name starts with I-) are not BIO: an I- tag must continue
# a span of its type, else the gold sequence is one Viterbi never allows and every update is spent
# on it.
printf 'Anna\tB-PER\nleft\tO\n\nPaul\tI-PER\nleft\tO\n' > iob1.conll
printf 'Anna\tB-PER\nCairo\tI-LOC\n' > mixed.conll
for bad in notab.conll:4 badtag.conll:3 columns.conll:1 latin1.conll:3 iob1.conll:4 mixed.conll:2; do
  rm -f t.model
  "$train" -o t.model -b 12 -e 1 "${bad%%:*}" 2>line.err
  status=$?
  check "a bad training line fails the tool: $bad" \
    sh -c "test $status -eq 1 && grep -q '$bad:' line.err && test ! -e t.model"
done

printf 'cairo\tcity\nbogot\341\tcity\n' > latin1.tsv
"$train" -o t.model -b 12 -e 1 -g latin1.tsv train.conll 2>latin1.err
check "a word list that is not UTF-8 is refused at file:line" grep -q 'latin1.tsv:2:' latin1.err

printf 'anna\t3\t1\nsmith\tthree\t1\n' > bad.tsv
rm -f c.model
"$train" -o c.model -b 12 -e 1 --clusters bad.tsv train.conll 2>bad.err
status=$?
check "a bad clusters line fails the tool" test "$status" -ne 0
check "the error names the file and line" grep -q 'bad.tsv:2' bad.err
check "no model is written" test ! -e c.model

printf 'anna\t3\t1\nsmith\t1023\t1\n' > range.tsv
"$train" -o c.model -b 12 -e 1 --clusters range.tsv train.conll 2>range.err
check "a cluster number out of range is refused" grep -q 'range.tsv:2' range.err

"$train" -o c.model -b 12 -e 1 --clusters missing.tsv train.conll 2>missing.err
check "a missing clusters file is named" grep -q 'missing.tsv' missing.err

# Word vectors (build-vectors.py's format: word TAB integer coordinates).
printf '# word vectors\nanna\t90 -10 3\nsmith\t80 -20 5\ncairo\t-10 100 0\nlisbon\t-12 95 4\noslo\t-9 90 -3\nnordbank\t5 5 100\nvisited\t1 2 3\n' > vectors.tsv
check "trains with word vectors" \
  "$train" -o v.model -m 2 -b 12 -e 3 -g gazetteer.tsv --clusters clusters.tsv --vectors vectors.tsv \
  --vector-dims 3 --vector-scale 0.01 train.conll 2>v.err
"$train" -o v2.model -m 2 -b 12 -e 3 -g gazetteer.tsv --clusters clusters.tsv --vectors vectors.tsv \
  --vector-dims 3 --vector-scale 0.01 train.conll 2>/dev/null
check "the same inputs and vectors give the same bytes" cmp -s v.model v2.model
"$train" -o m2.model -m 2 -b 12 -e 3 -g gazetteer.tsv --clusters clusters.tsv train.conll 2>/dev/null
check "a model with vectors is larger than one without" \
  sh -c 'test "$(wc -c < v.model)" -gt "$(wc -c < m2.model)"'
"$LECTOR" run -q -c ent.conf -f jsonl -s "entities.model=$work/v.model" -o v.jsonl doc.jsonl 2>v-run.err
check "the plugin loads a model with vectors and tags with it" \
  sh -c 'grep -q "\"label\": *\"LOC\"" v.jsonl && grep -q "\"label\": *\"PER\"" v.jsonl'
printf 'anna\t90 -10 3\ncairo\t-10 x 0\n' > badvec.tsv
rm -f c.model
"$train" -o c.model -b 12 -e 1 --vectors badvec.tsv --vector-dims 3 train.conll 2>badvec.err
status=$?
check "a bad vectors line fails the tool" test "$status" -ne 0
check "the error names the vectors file and line" grep -q 'badvec.tsv:2' badvec.err
check "and no model is written" test ! -e c.model
printf 'anna\t90 -10 3\ncairo\t-10 100 0\noslo\t1 2 300\n' > rangevec.tsv
"$train" -o c.model -b 12 -e 1 --vectors rangevec.tsv --vector-dims 3 train.conll 2>rangevec.err
check "a coordinate out of range is refused" grep -q 'rangevec.tsv:3' rangevec.err
printf 'anna\t90 -10 3x\n' > junkvec.tsv
"$train" -o c.model -b 12 -e 1 --vectors junkvec.tsv --vector-dims 3 train.conll 2>junkvec.err
check "a coordinate that is not an integer is refused" grep -q 'junkvec.tsv:1: coordinate 3' junkvec.err
"$train" -o c.model -b 12 -e 1 --vectors vectors.tsv --vector-dims 0 train.conll 2>dims.err
status=$?
check "--vector-dims 0 is refused" test "$status" -eq 2
printf 'anna\t90 -10\n' > shortvec.tsv
"$train" -o c.model -b 12 -e 1 --vectors shortvec.tsv --vector-dims 3 train.conll 2>shortvec.err
check "a line with too few coordinates is refused" grep -q 'shortvec.tsv:1' shortvec.err

# Names alone in their sentences, so that nothing but a word's vector can tell an unseen
# person from an unseen place: trained with vectors, "Maria" (near the people's vectors) is a
# person and "Tunis" (near the places') a place; without them the two cannot both be right.
awk 'BEGIN {
  split("Anna|Lena|Omar|Paul", per, "|"); split("Cairo|Lisbon|Oslo|Nairobi", loc, "|");
  for (i = 0; i < 80; i++)
    printf "%s\t%s\n.\tO\n\n", i % 2 ? per[int(i % 8 / 2) + 1] : loc[int(i % 8 / 2) + 1], i % 2 ? "B-PER" : "B-LOC";
}' > alone.conll
printf 'anna\t90 -10 0\nlena\t85 -5 3\nomar\t92 -12 -2\npaul\t88 -8 1\nmaria\t89 -9 2\n' > alone.tsv
printf 'cairo\t-10 90 0\nlisbon\t-6 86 2\noslo\t-12 93 -1\nnairobi\t-8 88 3\ntunis\t-9 91 1\n' >> alone.tsv
printf '{"id": "d3", "text": "Maria.\\nTunis."}\n' > alone.jsonl
"$train" -o alone-v.model -b 12 -e 5 --vectors alone.tsv --vector-dims 3 --vector-scale 0.05 \
  alone.conll 2>/dev/null
"$train" -o alone-p.model -b 12 -e 5 alone.conll 2>/dev/null
"$LECTOR" run -q -c ent.conf -f jsonl -s "entities.model=$work/alone-v.model" -o alone-v.jsonl alone.jsonl
"$LECTOR" run -q -c ent.conf -f jsonl -s "entities.model=$work/alone-p.model" -o alone-p.jsonl alone.jsonl
both_right() {
  grep -q '"label": *"PER", *"text": *"Maria"' "$1" && grep -q '"label": *"LOC", *"text": *"Tunis"' "$1"
}
check "with vectors, an unseen person and an unseen place are told apart" both_right alone-v.jsonl
check "without them they are not" eval '! both_right alone-p.jsonl'

# A corpus without MISC (as BTC), where the titles of books are left O, beside a small one that
# tags them MISC: trained as it is, the large one teaches that they are nothing; with --no-misc its
# O does not count against MISC, so the titles stay MISC.
awk 'BEGIN {
  split("Anna Smith|Omar Haddad|Lena Berg|Paul Morel", per, "|");
  split("Ulysses|Dubliners|Hamlet|Beowulf", book, "|");
  for (i = 0; i < 440; i++) {
    out = i < 40 ? "misc.conll" : "nomisc.conll";
    n = split(per[i % 4 + 1], w, " ");
    for (k = 1; k <= n; k++) printf "%s\t%s-PER\n", w[k], k == 1 ? "B" : "I" > out;
    printf "read\tO\n%s\t%s\n.\tO\n\n", book[i % 4 + 1], i < 40 ? "B-MISC" : "O" > out;
  }
}'
printf '{"id": "d2", "text": "Lena Berg read Hamlet."}\n' > book.jsonl
"$train" -o plain.model -b 12 -e 3 misc.conll nomisc.conll 2>/dev/null
"$train" -o nomisc.model -b 12 -e 3 --no-misc nomisc.conll misc.conll nomisc.conll 2>/dev/null
"$LECTOR" run -q -c ent.conf -f jsonl -s "entities.model=$work/plain.model" -o plain.jsonl book.jsonl
"$LECTOR" run -q -c ent.conf -f jsonl -s "entities.model=$work/nomisc.model" -o nomisc.jsonl book.jsonl
check "trained as it is, a corpus without MISC unlearns it" sh -c '! grep -q "\"MISC\"" plain.jsonl'
check "with --no-misc, its O does not count against MISC" grep -q '"label": *"MISC"' nomisc.jsonl
"$train" -o e.model -b 12 -e 1 --no-misc other.conll train.conll 2>other.err
status=$?
check "--no-misc must name a training file" sh -c "test $status -eq 2 && grep -q 'other.conll' other.err"

# A corpus that puts the comma after an organisation and the link after it into its span (GMB
# ends an organisation with the comma at times; a model trained on news alone has seen no URL),
# and joins two organisations across a dash: the tagger learns it, and the plugin's mentions still
# neither end with the comma nor hold the link, and the dash separates two names; the comma
# before a final "Inc." does not.
awk 'BEGIN {
  split("Acme Corp|Nordbank|Volta Motors|Heron Group", org, "|");
  for (i = 0; i < 40; i++) {
    o = org[i % 4 + 1]; p = org[(i + 1) % 4 + 1];
    printf "Anna\tB-PER\nvisited\tO\n";
    n = split(o, w, " "); for (k = 1; k <= n; k++) printf "%s\t%s-ORG\n", w[k], k == 1 ? "B" : "I";
    printf ",\tI-ORG\nhttp://x.co/%d\tI-ORG\ntoday\tO\n.\tO\n\n", i;
    n = split(o " - " p " , Inc.", w, " ");
    for (k = 1; k <= n; k++) printf "%s\t%s-ORG\n", w[k], k == 1 ? "B" : "I";
    printf "merged\tO\n.\tO\n\n";
  }
}' > edges.conll
printf '{"id": "d4", "text": "Anna visited Nordbank, http://x.co/7 today. Acme Corp - Heron Group, Inc. merged."}\n' > edges-in.jsonl
"$train" -o edges.model -b 12 -e 3 edges.conll 2>/dev/null
"$LECTOR" run -q -c ent.conf -f jsonl -s "entities.model=$work/edges.model" -o edges.jsonl edges-in.jsonl
# A mention of an organisation with the text $1 (a basic regular expression) in edges.jsonl.
mention() { grep -q "\"label\": *\"ORG\", *\"text\": *\"$1\", *\"entity\"" edges.jsonl; }
check "a comma and a link the tagger put into a name are left out of the mention" \
  eval 'mention Nordbank && ! mention "[^\"]*x\.co[^\"]*"'
check "a dash between two names separates them; the comma before Inc. does not" \
  eval 'mention "Acme Corp" && mention "Heron Group, Inc\."'

tap_done
