#!/bin/sh
# Configured jobs end to end (TAP): order whatever the thread count, shards as split -n l/I/N
# divides the input, Slurm array defaults, part files and resume, signals, --max-failures,
# [job] groups.  Needs $LECTOR (the lector command) and the build-tree plugin path.
set -u
: "${LECTOR:?LECTOR must name the lector command}"
work=$(mktemp -d "${TMPDIR:-/tmp}/lector-jobs-XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1

: "${top_srcdir:?}"
. "$top_srcdir/tests/tap.sh"

# A corpus of 400 documents of very different sizes (3 bytes to ~120 kB), every 37th a
# record that fails (no "text"), built with awk so the test needs nothing else.
awk 'BEGIN {
  srand(7);
  for (i = 0; i < 400; i++) {
    if (i % 37 == 5) { printf "{\"id\": \"doc%d\", \"body\": \"no text field\"}\n", i; continue; }
    words = (i % 50 == 0) ? 20000 : int(rand() * 300) + 1;
    text = "";
    for (w = 0; w < words; w++) {
      text = text sprintf("word%d", int(rand() * 1000));
      text = text ((w % 12 == 11) ? ". " : " ");
    }
    printf "{\"id\": \"doc%d\", \"text\": \"%s\", \"n\": %d}\n", i, text, i;
  }
}' > corpus.jsonl
# The ids in input order, to compare with each output's ids.
sed 's/^{"id": "\([^"]*\)".*/\1/' corpus.jsonl > ids.expected
ids_of() { sed 's/^{"id":"\([^"]*\)".*/\1/' "$1"; }
# Error messages name the input file and line, which differ between a shard run on the
# whole file and a run on split's piece: compare records without them.
same_records() { sed 's/"message":"[^"]*"//' "$1" > "$1.cmp"; sed 's/"message":"[^"]*"//' "$2" > "$2.cmp"; cmp -s "$1.cmp" "$2.cmp"; }

# --- order and determinism -------------------------------------------------------------------
"$LECTOR" run -q -j 1 corpus.jsonl > out.1
status=$?
check "exit status 1 when some documents fail (got $status)" test "$status" -eq 1
ids_of out.1 > ids.1
check "one output record per input record, in input order" cmp -s ids.1 ids.expected
for jobs in 2 3 4; do
  "$LECTOR" run -q -j $jobs corpus.jsonl > out.$jobs
  check "output with -j $jobs is byte-identical to -j 1" cmp -s out.1 out.$jobs
done
check "failing records are error records in place" \
  test "$(grep -c '"error":{"stage":null' out.1)" -eq "$(grep -c '"body"' corpus.jsonl)"

# --- shards ----------------------------------------------------------------------------------
: > shards.all
for i in 1 2 3 4 5; do
  "$LECTOR" run -q --shard $i/5 corpus.jsonl > shard.$i
  split -n l/$i/5 corpus.jsonl > ref.$i.jsonl
  "$LECTOR" run -q ref.$i.jsonl > ref.$i
  check "shard $i/5 holds the records split -n l/$i/5 gives" same_records shard.$i ref.$i
  cat shard.$i >> shards.all
done
check "the union of the shards is the whole output, in order" cmp -s shards.all out.1
# More sizes and shard counts, since where a remainder goes only shows on some sizes.
mismatches=0
for lines in 3 7 13 31; do
  head -n $lines corpus.jsonl > small.jsonl
  for count in 2 3 4 7; do
    i=1
    while [ $i -le $count ]; do
      "$LECTOR" run -q --shard $i/$count -l sentences small.jsonl | ids_of /dev/stdin > a.ids
      split -n l/$i/$count small.jsonl | sed 's/^{"id": "\([^"]*\)".*/\1/' > b.ids
      cmp -s a.ids b.ids || mismatches=$((mismatches + 1))
      i=$((i + 1))
    done
  done
done
check "shards match split -n l/I/N on 4 sizes x 4 counts ($mismatches differ)" test "$mismatches" -eq 0
SLURM_ARRAY_TASK_ID=3 SLURM_ARRAY_TASK_COUNT=5 SLURM_ARRAY_TASK_MIN=1 \
  "$LECTOR" run -q corpus.jsonl > slurm.3
check "SLURM_ARRAY_TASK_ID 3 of 5 (from 1) is shard 3/5" cmp -s slurm.3 shard.3
SLURM_ARRAY_TASK_ID=2 SLURM_ARRAY_TASK_COUNT=5 SLURM_ARRAY_TASK_MIN=0 \
  "$LECTOR" run -q corpus.jsonl > slurm.2
check "SLURM_ARRAY_TASK_ID 2 of 5 (from 0) is shard 3/5" cmp -s slurm.2 shard.3
SLURM_ARRAY_TASK_ID=5 SLURM_ARRAY_TASK_COUNT=5 SLURM_ARRAY_TASK_MIN=1 SLURM_ARRAY_TASK_STEP=2 \
  "$LECTOR" run -q corpus.jsonl > slurm.step
check "SLURM_ARRAY_TASK_ID 5 of 1-9:2 is shard 3/5" cmp -s slurm.step shard.3
SLURM_ARRAY_TASK_ID=2 SLURM_ARRAY_TASK_COUNT=5 SLURM_ARRAY_TASK_MIN=0 \
  "$LECTOR" run -q -o slurm.jsonl corpus.jsonl 2> slurm-file.err
status=$?
check "in a Slurm array one output file is refused (status $status), as every task would overwrite it" \
  test "$status" -eq 2 -a ! -e slurm.jsonl
check "the refusal says why and suggests -o DIR/" \
  grep -q 'every task of the array would overwrite slurm.jsonl.*-o DIR/' slurm-file.err
SLURM_ARRAY_TASK_ID=2 SLURM_ARRAY_TASK_COUNT=5 SLURM_ARRAY_TASK_MIN=0 \
  "$LECTOR" run -q -o slurm-parts/ corpus.jsonl
check "with -o DIR/ the task writes its own part" cmp -s slurm-parts/part-00002.jsonl shard.3
rm -r slurm-parts
SLURM_ARRAY_TASK_ID=2 SLURM_ARRAY_TASK_COUNT=5 SLURM_ARRAY_TASK_MIN=0 \
  "$LECTOR" run -o slurm-parts/ corpus.jsonl 2> slurm-summary.err
check "the summary line says which shard ran and that Slurm chose it" \
  grep -q '^lector: [0-9]* documents, .*; shard 3/5 (from the Slurm array)$' slurm-summary.err
"$LECTOR" run --shard 3/5 corpus.jsonl 2> shard-summary.err > /dev/null
check "with --shard, the shard alone" grep -q '^lector: [0-9]* documents, .*; shard 3/5$' shard-summary.err
# lector-slurm status reads the counts at the start of the line.
check "the counts stay where lector-slurm reads them" \
  grep -Eq '^lector: [0-9]+ documents?, [0-9]+ ok, [0-9]+ failed' slurm-summary.err
SLURM_ARRAY_TASK_ID=2 SLURM_ARRAY_TASK_COUNT=5 SLURM_ARRAY_TASK_MIN=0 \
  "$LECTOR" run -q --shard 3/5 -o slurm-explicit.jsonl corpus.jsonl
check "an explicit --shard may write one file" cmp -s slurm-explicit.jsonl shard.3
echo "A text file." > plain.txt
SLURM_ARRAY_TASK_ID=2 SLURM_ARRAY_TASK_COUNT=5 "$LECTOR" run -q plain.txt > /dev/null 2> slurm.err
check "in a Slurm array a text input is refused, naming Slurm" grep -q 'Slurm array task 3 of 5' slurm.err
SLURM_ARRAY_TASK_ID=2 SLURM_ARRAY_TASK_COUNT=5 "$LECTOR" run -q --shard 1/1 plain.txt > /dev/null
check "--shard 1/1 processes everything, even in a Slurm array" test $? -eq 0
SLURM_ARRAY_TASK_ID=0 SLURM_ARRAY_TASK_COUNT=1 "$LECTOR" run -q -o plain.json plain.txt
check "an array of one task is not sharded: any input, one output file" test $? -eq 0 -a -s plain.json
"$LECTOR" run -q --shard 6/5 corpus.jsonl > /dev/null 2> err
check "--shard 6/5 is a usage error" test $? -eq 2
# Only a regular file has byte ranges to divide; the message says so, not some earlier
# failure's errno (reading a config leaves one behind).
printf '[pipeline]\nstages = segment\n' > shard.conf
mkdir shard-dir.jsonl
mkfifo shard-fifo.jsonl
for input in shard-dir.jsonl shard-fifo.jsonl; do
  "$LECTOR" run -q -c shard.conf --shard 1/2 $input > /dev/null 2> err
  status=$?
  check "--shard on $input is a usage error saying it is not a regular file (status $status)" \
    sh -c "test $status -eq 2 && grep -qx 'lector: cannot shard $input: not a regular file' err"
done
"$LECTOR" run -q -c shard.conf --shard 1/2 no-such.jsonl > /dev/null 2> err
check "--shard on a missing file names the system's reason" grep -q '^lector: cannot shard no-such.jsonl: ' err

# --- part files and resume -------------------------------------------------------------------
for i in 1 2 3 4 5; do "$LECTOR" run -q --shard $i/5 -o parts/ corpus.jsonl; done
check "each shard writes parts/part-NNNNN.jsonl" test -f parts/part-00000.jsonl -a -f parts/part-00004.jsonl
cat parts/part-*.jsonl > parts.all
check "the parts concatenated are the whole output" cmp -s parts.all out.1
rm parts/part-00002.jsonl
for i in 1 2 3 4 5; do "$LECTOR" run --shard $i/5 -o parts/ corpus.jsonl 2>> resume.err; done
check "a rerun skips finished shards" test "$(grep -c 'this shard is done' resume.err)" -eq 4
cat parts/part-*.jsonl > parts.again
check "resume gives the same bytes as an uninterrupted run" cmp -s parts.again out.1
check "no temporary files are left" test -z "$(ls -A parts | grep -v '^part-')"
# A rerun trusts a part file that exists, so it must be on disk before it has its name: the
# temporary file is synced, then renamed, then the directory synced.
if command -v strace > /dev/null 2>&1; then
  strace -f -e trace=fsync,rename,renameat,renameat2 -o sync.trace \
    "$LECTOR" run -q --shard 1/5 -o synced/ corpus.jsonl
  check "a part file is synced before it is renamed, and its directory after" \
    sh -c 'grep -oE "^[0-9]+ +(fsync|rename[a-z0-9]*)" sync.trace | sed -E "s/^[0-9]+ +//" \
             | tr "\n" " " | grep -q "fsync rename[a-z0-9]* fsync"'
else
  ok "a part file is synced before it is renamed # SKIP strace is not installed"
fi

# --- signals ---------------------------------------------------------------------------------
# A run slow enough to be interrupted: a large corpus on one thread.
for k in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do cat corpus.jsonl; done > large.jsonl
"$LECTOR" run -q -j 1 -o killed/ large.jsonl &
pid=$!
sleep 0.3
kill -TERM $pid
wait $pid
status=$?
check "SIGTERM stops the job with status 143 (got $status)" test "$status" -eq 143
check "SIGTERM leaves no part and no temporary file" test -z "$(ls -A killed)"
"$LECTOR" run -q -j 2 -o killed/ large.jsonl
"$LECTOR" run -q -j 2 large.jsonl > large.out
check "the rerun after SIGTERM completes the part" cmp -s killed/part-00000.jsonl large.out
# SIGKILL leaves the temporary file of a dead process; the next run removes it.
"$LECTOR" run -q -j 1 -o crashed/ large.jsonl &
pid=$!
sleep 0.3
kill -KILL $pid
wait $pid 2> /dev/null
"$LECTOR" run -q -j 2 -o crashed/ large.jsonl
check "after SIGKILL a rerun writes the part and removes the stale temporary file" \
  test "$(ls -A crashed)" = "part-00000.jsonl"
check "and the part is complete" cmp -s crashed/part-00000.jsonl large.out

# --- --max-failures --------------------------------------------------------------------------
mkdir -p jobdir
printf '[pipeline]\nstages = segment\n\n[job]\non-error = fail-fast\n' > failfast.conf
"$LECTOR" run -q --max-failures 3 corpus.jsonl > max.out 2> max.err
status=$?
check "--max-failures 3 stops with status 4 (got $status)" test "$status" -eq 4
check "it stops at the 4th failure" test "$(grep -c '"error"' max.out)" -eq 4
"$LECTOR" run -q --max-failures 0 corpus.jsonl > max0.out 2> /dev/null
check "--max-failures 0 stops at the first failure" test "$(grep -c '"error"' max0.out)" -eq 1
"$LECTOR" run -q -c jobdir/../failfast.conf corpus.jsonl > /dev/null 2>&1
check "on-error = fail-fast in [job] stops (status 3)" test $? -eq 3
"$LECTOR" run -q -c failfast.conf --on-error continue corpus.jsonl > /dev/null 2>&1
check "--on-error continue overrides it (status 1)" test $? -eq 1
"$LECTOR" run -q --max-failures 5% corpus.jsonl > /dev/null 2>&1
check "--max-failures 5% lets a 2.7% failure rate through" test $? -eq 1
"$LECTOR" run -q --max-failures 1% corpus.jsonl > /dev/null 2>&1
check "--max-failures 1% stops a 2.7% failure rate" test $? -eq 4
"$LECTOR" run -q --max-failures lots corpus.jsonl > /dev/null 2> bad.err
check "--max-failures lots is a usage error naming the option" grep -q 'option --max-failures' bad.err

# --- [job] groups ----------------------------------------------------------------------------
mkdir -p jobdir
cp corpus.jsonl jobdir/
cat > jobdir/job.conf << 'EOF'
[pipeline]
stages = segment

[job]
# Paths are relative to this file.
input = corpus.jsonl
output = result.jsonl
jobs = 2
on-error = continue
layers = sentences
EOF
"$LECTOR" run -q -c jobdir/job.conf
check "lector run -c job.conf runs the whole job" test -s jobdir/result.jsonl
printf '[pipeline]\nstages = segment\n' > segment.conf
"$LECTOR" run -q -c segment.conf -l sentences corpus.jsonl > sentences.out
check "[job] settings are applied (layers, output)" same_records jobdir/result.jsonl sentences.out
"$LECTOR" run -q -c jobdir/job.conf -o - -l tokens > override.out
check "command-line options override [job]" test "$(grep -c '"tokens"' override.out)" -gt 0 -a ! -s override.err
printf '[pipeline]\nstages = segment\n\n[job]\njobs = many\n' > badjob.conf
"$LECTOR" check badjob.conf > /dev/null 2> badjob.err
check "lector check rejects a bad [job] value with file:line" grep -q 'badjob.conf:5: \[job\] jobs' badjob.err

tap_done
