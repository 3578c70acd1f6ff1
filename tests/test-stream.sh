#!/bin/sh
# The streaming contract (TAP) that Hadoop Streaming and Spark's RDD.pipe rely on: JSON Lines on
# standard input give one output line per input line on standard output, in order, the same bytes
# as a run on the file; nothing but records on stdout; exit status 0 or 1 by whether documents
# failed; with --counters, reporter:counter:lector,NAME,N lines on stderr.
set -u
: "${LECTOR:?LECTOR must name the lector command}"
work=$(mktemp -d "${TMPDIR:-/tmp}/lector-stream-XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1

: "${top_srcdir:?}"
. "$top_srcdir/tests/tap.sh"

# 150 records, every 17th without "text" (it fails); one without an id.
awk 'BEGIN {
  srand(3);
  for (i = 0; i < 150; i++) {
    if (i % 17 == 3) { printf "{\"id\": %d, \"body\": \"no text\"}\n", i; continue; }
    text = "";
    words = int(rand() * 120) + 1;
    for (w = 0; w < words; w++) text = text sprintf("word%d%s", int(rand() * 300), (w % 10 == 9) ? ". " : " ");
    if (i == 77) printf "{\"text\": \"%s\"}\n", text;
    else printf "{\"id\": %d, \"text\": \"%s\", \"source\": \"s%d\"}\n", i, text, i % 3;
  }
}' > corpus.jsonl
grep -v '"body"' corpus.jsonl | grep '"id"' > good.jsonl
printf '[pipeline]\nstages = segment\n' > segment.conf
lines=$(wc -l < corpus.jsonl)
bytes=$(wc -c < corpus.jsonl)
bad=$(grep -c '"body"' corpus.jsonl)

"$LECTOR" run -q -c segment.conf corpus.jsonl > file.out
cat corpus.jsonl | "$LECTOR" run -c segment.conf --input-format jsonl --counters > pipe.out 2> pipe.err
status=$?
check "stdin: exit status 1 when some documents fail (got $status)" test "$status" -eq 1
check "stdin: one output line per input line" test "$(wc -l < pipe.out)" -eq "$lines"
check "stdin: nothing but JSON records on stdout" test "$(grep -vc '^{"id":' pipe.out)" -eq 0
# Ids and error messages of records read from stdin name "stdin" where a file's name its file.
sed 's/"corpus\.jsonl:/"stdin:/g' file.out > file-as-stdin.out
check "stdin: the same bytes as the run on the file (the source named stdin)" cmp -s pipe.out file-as-stdin.out
cat good.jsonl | "$LECTOR" run -q -c segment.conf --input-format jsonl > good-pipe.out
status=$?
"$LECTOR" run -q -c segment.conf good.jsonl > good-file.out
check "stdin: records with ids, all ok: byte-identical to the file run" cmp -s good-pipe.out good-file.out
check "stdin: exit status 0 when every document is ok (got $status)" test "$status" -eq 0
cat corpus.jsonl | "$LECTOR" run -q -j 3 -c segment.conf --input-format jsonl > pipe-j3.out
check "stdin: the same bytes on 3 threads" cmp -s pipe-j3.out pipe.out

check "--counters: documents" grep -qx "reporter:counter:lector,documents,$lines" pipe.err
check "--counters: ok" grep -qx "reporter:counter:lector,ok,$((lines - bad))" pipe.err
check "--counters: failed" grep -qx "reporter:counter:lector,failed,$bad" pipe.err
check "--counters: bytes (the input's size)" grep -qx "reporter:counter:lector,bytes,$bytes" pipe.err
check "--counters: the summary line is still there without -q" grep -q '^lector: [0-9]* documents' pipe.err
cat corpus.jsonl | "$LECTOR" run -q -c segment.conf --input-format jsonl --counters > /dev/null 2> quiet.err
check "--counters with -q: only the 4 counter lines on stderr" \
  test "$(grep -c '^reporter:counter:lector,[a-z]*,[0-9]*$' quiet.err)" -eq 4 -a "$(wc -l < quiet.err)" -eq 4
"$LECTOR" run -q -c segment.conf --input-format jsonl --counters < /dev/null > empty.out 2> empty.err
status=$?
check "an empty partition: no output, status 0 (got $status)" test "$status" -eq 0 -a ! -s empty.out
check "an empty partition: counters of 0" grep -qx 'reporter:counter:lector,documents,0' empty.err
cat corpus.jsonl | "$LECTOR" run -q -c segment.conf --input-format jsonl --max-failures 2 > /dev/null 2> stop.err
status=$?
check "--max-failures on stdin: status 4 (got $status)" test "$status" -eq 4
"$LECTOR" run -q -c segment.conf --input-format jsonl < corpus.jsonl > /dev/null 2> nocounters.err
check "no counters unless asked" test ! -s nocounters.err

tap_done
