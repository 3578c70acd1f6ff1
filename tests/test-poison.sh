#!/bin/sh
# The poison corpus (TAP): 10,200 JSON Lines records of which 2 % are poison of every kind a
# real corpus holds, and one 50 MB document, through the full default pipeline.  Every input
# record must yield exactly one output record, in order, and the exit status must say "some
# documents failed".  Needs $LECTOR (the lector command), GNU sed and awk.
set -u
: "${LECTOR:?LECTOR must name the lector command}"
work=$(mktemp -d "${TMPDIR:-/tmp}/lector-poison-XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1

: "${top_srcdir:?}"
. "$top_srcdir/tests/tap.sh"

# 10,000 ordinary documents; after every 49th, one poison record, cycling through the kinds.
# Bytes awk cannot write portably (0xFF, NUL) are written as markers and put in by sed.
awk 'BEGIN {
  word = "a"; while (length (word) < 100000) word = word word; word = substr (word, 1, 100000);
  opening = "["; while (length (opening) < 3000) opening = opening opening;
  closing = "]"; while (length (closing) < 3000) closing = closing closing;
  nest = substr (opening, 1, 3000) substr (closing, 1, 3000);
  kinds = 11; p = 0;
  for (i = 0; i < 10000; i++) {
    printf "{\"id\": \"doc%d\", \"text\": \"Document %d says hello. It has two sentences.\"}\n", i, i;
    if (i % 49 != 48) continue;
    k = p % kinds; p++;
    if (k == 0) printf "{\"id\": \"bad-utf8-%d\", \"text\": \"caf@@FF@@ au lait\"}\n", p;
    else if (k == 1) printf "{\"id\": \"raw-nul-%d\", \"text\": \"a@@NUL@@b\"}\n", p;
    else if (k == 2) printf "this line is not JSON %d\n", p;
    else if (k == 3) printf "{\"id\": \"number-text-%d\", \"text\": 42}\n", p;
    else if (k == 4) printf "{\"text\": \"A record without an id.\"}\n";
    else if (k == 5) printf "{\"id\": \"duplicate\", \"text\": \"The same id again.\"}\n";
    else if (k == 6) printf "{\"id\": \"empty-%d\", \"text\": \"\"}\n", p;
    else if (k == 7) printf "{\"id\": \"blank-%d\", \"text\": \"  \\t \\n  \"}\n", p;
    else if (k == 8) printf "{\"id\": \"long-word-%d\", \"text\": \"%s\"}\n", p, word;
    else if (k == 9) printf "{\"id\": \"nested-%d\", \"text\": \"deep\", \"extra\": %s}\n", p, nest;
    else if (k == 10) printf "{\"id\": \"escaped-nul-%d\", \"text\": \"a\\u0000b\"}\n", p;
  }
}' | sed 's/@@FF@@/\xff/; s/@@NUL@@/\x00/' > corpus.jsonl
# One 50 MB document (more than the default maximum document size, 32 MB).
awk 'BEGIN { s = "This sentence is part of a very long document. "; for (i = 0; i < 10; i++) s = s s;
             printf "{\"id\": \"huge\", \"text\": \""; for (i = 0; i < 1040; i++) printf "%s", s; print "\"}" }' >> corpus.jsonl
echo '{"id": "last", "text": "The last record."}' >> corpus.jsonl

records=$(wc -l < corpus.jsonl)
poison=$(grep -c -v -a '^{"id": "doc[0-9]*", "text": "Document' corpus.jsonl)
check "the corpus has $records records, $poison of them poison (>= 1 %)" test $((poison * 100)) -ge "$records"

"$LECTOR" run -q -j 2 -l sentences,summary corpus.jsonl > out.jsonl 2> err.txt
status=$?
check "exit status 1: some documents failed (got $status)" test "$status" -eq 1
check "stderr is quiet with -q" test ! -s err.txt
check "one output record per input record" test "$(wc -l < out.jsonl)" -eq "$records"
# Ids in order: each output id equals the input id, or FILE:LINE where the record had none.
awk '{ if (match($0, /^\{"id": "[^"]*"/)) print substr($0, 9, RLENGTH - 9); else print "line:" NR }' corpus.jsonl > ids.in
awk '{ if (match($0, /^\{"id":"[^"]*"/)) print substr($0, 8, RLENGTH - 8); else print "?" }' out.jsonl \
  | awk '{ if ($0 ~ /corpus\.jsonl:[0-9]+$/) { sub(/.*:/, "line:") } print }' > ids.out
check "records come out in input order with their ids" cmp -s ids.in ids.out
check "every output line is an object with layers or an error" \
  test "$(grep -c -v '^{"id":.*\("layers":{\|"error":{\)' out.jsonl)" -eq 0
errors=$(grep -c '"error":{' out.jsonl)
# Failing kinds: invalid UTF-8, raw NUL, not JSON, text not a string, too deep, escaped NUL, and
# the 50 MB document; the others (no id, duplicate id, empty, blank, long word) are documents.
expected=$(grep -c -a -e '^{"id": "bad-utf8' -e '^{"id": "raw-nul' -e '^this line' \
  -e '^{"id": "number-text' -e '^{"id": "nested' -e '^{"id": "escaped-nul' -e '^{"id": "huge' corpus.jsonl)
check "error records for exactly the $expected bad records (got $errors)" test "$errors" -eq "$expected"
check "the 50 MB document is refused for its size, by id" \
  grep -q '^{"id":"huge","error":{"stage":null,"message":".*more than the maximum' out.jsonl
check "invalid UTF-8 names the byte offset" grep -q '"id":"bad-utf8-1","error".*invalid UTF-8 at byte' out.jsonl
check "empty and blank documents are processed" grep -q '^{"id":"empty-7","text":"","meta"' out.jsonl
check "a document without id gets FILE:LINE" grep -q '^{"id":"[^"]*corpus.jsonl:[0-9]*","text":"A record without an id."' out.jsonl

# With a larger limit the 50 MB document is processed like any other.
grep -a '^{"id": "huge"' corpus.jsonl > huge.jsonl
"$LECTOR" run -q --max-document-size 64M -l sentences huge.jsonl > huge.out
check "--max-document-size 64M processes the 50 MB document" grep -q '^{"id":"huge","text":' huge.out

# A text input that is not a regular file (a FIFO, a pipe named /dev/stdin, standard input)
# has no size to look at: reading stops past --max-document-size, with an error record, since
# such a stream may never end.  A regular file on standard input is still refused unread,
# with its size.
awk 'BEGIN { for (i = 0; i < 2000; i++) print "A sentence of a text too large." }' > large.txt
too_large='"error":{"stage":null,"message":"the document has more than the maximum of 1024 bytes (--max-document-size)"}}$'
mkfifo large.fifo
cat large.txt > large.fifo &
"$LECTOR" run -q -f jsonl -l sentences --max-document-size 1K large.fifo > fifo.out
status=$?
wait
check "a FIFO too large is an error record, status 1 (got $status)" \
  sh -c "test $status -eq 1 && grep -q '^{\"id\":\"large.fifo\",$too_large' fifo.out"
cat large.txt | "$LECTOR" run -q -f jsonl -l sentences --max-document-size 1K /dev/stdin > dev-stdin.out
check "so is a pipe named /dev/stdin" grep -q "^{\"id\":\"/dev/stdin\",$too_large" dev-stdin.out
"$LECTOR" run -q -f jsonl -l sentences --max-document-size 1K - < large.txt > redirected.out
check "a regular file on standard input is refused with its size" \
  grep -q '^{"id":"stdin","error":{"stage":null,"message":"the document has 64000 bytes, more than the maximum of 1024 (--max-document-size)"}}$' redirected.out
# An endless standard input ends with an error record; a watchdog kills lector if it does not.
yes | "$LECTOR" run -q -f jsonl --max-document-size 1K - > endless.out &
pid=$!
( sleep 20; kill -KILL $pid ) > /dev/null 2>&1 &
watchdog=$!
wait $pid
status=$?
kill $watchdog 2> /dev/null
check "an endless standard input ends with an error record, status 1 (got $status)" \
  sh -c "test $status -eq 1 && grep -q '^{\"id\":\"stdin\",$too_large' endless.out"
tap_done
