#!/bin/sh
# Crash isolation (TAP): with --isolate, a stage that segfaults, aborts, exits or loops forever
# costs its document one error record naming the stage, its worker process is replaced and the
# job goes on.  Uses the test-only plugin tests/plugins-crash/crashy.
set -u
: "${LECTOR:?LECTOR must name the lector command}"
: "${top_builddir:?}"
plugins="$top_builddir/tests/plugins-crash"
# In a sanitizer build, let crashes be signals, as in a normal build, not ASan reports.
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}handle_segv=0:handle_abort=0"
export ASAN_OPTIONS
work=$(mktemp -d "${TMPDIR:-/tmp}/lector-isolate-XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1

: "${top_srcdir:?}"
. "$top_srcdir/tests/tap.sh"

awk 'BEGIN {
  for (i = 1; i <= 30; i++) {
    marker = (i == 5) ? " @@SEGV@@" : (i == 12) ? " @@ABORT@@" : (i == 20) ? " @@LOOP@@" : (i == 25) ? " @@EXIT@@" : "";
    printf "{\"id\": \"d%d\", \"text\": \"Document %d is fine.%s\"}\n", i, i, marker;
  }
}' > docs.jsonl
printf '[pipeline]\nstages = segment; crashy\n' > crashy.conf

"$LECTOR" run -q --isolate -j 2 --timeout-per-doc 2 -P "$plugins" -c crashy.conf docs.jsonl > out.jsonl
status=$?
check "the job finishes with status 1 (got $status)" test "$status" -eq 1
check "30 records in, 30 out" test "$(wc -l < out.jsonl)" -eq 30
sed 's/^{"id":"\([^"]*\)".*/\1/' out.jsonl > ids.out
seq 1 30 | sed 's/^/d/' > ids.in
check "in input order" cmp -s ids.in ids.out
check "26 documents survived" test "$(grep -c '"crashy":\[' out.jsonl)" -eq 26
check "a segfault is an error record naming the stage and the signal" \
  grep -q '^{"id":"d5","error":{"stage":"crashy","message":"stage .crashy. crashed with signal 11' out.jsonl
check "an abort likewise" \
  grep -q '^{"id":"d12","error":{"stage":"crashy","message":"stage .crashy. crashed with signal 6' out.jsonl
check "an endless loop is stopped by --timeout-per-doc" \
  grep -q '^{"id":"d20","error":{"stage":"crashy","message":"stage .crashy. did not finish within 2 s' out.jsonl
check "exit() in a plugin is reported with its status" \
  grep -q '^{"id":"d25","error":{"stage":"crashy","message":"stage .crashy. ended the process with exit status 7' out.jsonl

# A signal stops the job even when a stage hangs and there is no --timeout-per-doc: the
# worker processes are killed, the records finished before the hanging one are written.  A
# watchdog kills lector if it does not stop, so that the test fails instead of hanging.
grep -v '@@' docs.jsonl > fine.jsonl
"$LECTOR" run -q -j 2 -P "$plugins" -c crashy.conf fine.jsonl > fine.out
{ head -n 6 fine.jsonl; echo '{"id": "hang", "text": "This one hangs. @@LOOP@@"}'; tail -n +7 fine.jsonl; } > hang.jsonl
start_watched() { # start_watched COMMAND…: in the background, as $pid
  "$@" &
  pid=$!
  ( sleep 20; kill -KILL $pid ) > /dev/null 2>&1 &
  watchdog=$!
}
end_watched() { # sets $status
  wait $pid
  status=$?
  kill $watchdog 2> /dev/null
}
# Waits until lector has made its output (a file, or a temporary part in a directory), which
# it does just before it starts the workers, then gives them time to reach the hanging one.
wait_for_output() { # wait_for_output PATH
  tries=0
  while [ -z "$(ls -A "$1" 2> /dev/null)" ] && [ $tries -lt 150 ]; do
    sleep 0.1
    tries=$((tries + 1))
  done
  sleep 1
}
stop_hanging_job() { # stop_hanging_job SIGNAL OUTPUT
  start_watched "$LECTOR" run -q --isolate -j 2 -P "$plugins" -c crashy.conf -o "$2" hang.jsonl 2> signal.err
  wait_for_output "$2"
  kill -$1 $pid
  end_watched
}
stop_hanging_job TERM hang.out
check "SIGTERM stops an isolated job with a hanging stage, status 143 (got $status)" test "$status" -eq 143
check "the output is complete records, a prefix of the whole output" \
  sh -c 'head -c "$(wc -c < hang.out)" fine.out | cmp -s - hang.out && { test ! -s hang.out || test -z "$(tail -c 1 hang.out)"; }'
check "the records after the hanging one are not written" test "$(wc -l < hang.out)" -le 6
check "the message says the worker processes were stopped" grep -q 'stopped the worker processes' signal.err
stop_hanging_job INT hang-parts/
check "SIGINT likewise, status 130 (got $status)" test "$status" -eq 130
check "and leaves no part and no temporary file" test -z "$(ls -A hang-parts)"

# SIGKILL cannot be caught: the worker processes, one of them in the hanging stage, die with
# lector instead of spinning on.
alive() { # alive PID: a process that is not a zombie
  state=$(ps -o stat= -p "$1" 2> /dev/null)
  [ -n "$state" ] && [ "${state#Z}" = "$state" ]
}
start_watched "$LECTOR" run -q --isolate -j 2 -P "$plugins" -c crashy.conf -o killed.jsonl hang.jsonl
wait_for_output killed.jsonl
workers=$(ps -o pid= --ppid $pid 2> /dev/null)
kill -KILL $pid
end_watched
left=''
for try in 1 2 3 4 5 6 7 8 9 10; do
  left=''
  for worker in $workers; do alive $worker && left="$left $worker"; done
  [ -z "$left" ] && break
  sleep 0.2
done
check "the worker processes ($(echo $workers)) die with lector" test -n "$workers" -a -z "$left"
for worker in $left; do kill -KILL $worker; done

# A worker that cannot be replaced (here, for want of file descriptors) is reported; with none
# left, the job stops with status 3 after writing what is finished, instead of waiting for
# ever.  The limit is the smallest under which the first worker starts (below it, lector or
# its first worker cannot start, and nothing is written): its replacement, made while the
# input file is open too, needs one descriptor more.  The limit is set under libtool's
# wrapper script, which needs descriptors of its own.
libtool_execute=''
[ -x "$top_builddir/libtool" ] && libtool_execute="$top_builddir/libtool --mode=execute"
awk 'BEGIN { for (i = 1; i <= 40; i++)
  printf "{\"id\": \"d%d\", \"text\": \"Document %d is fine.%s\"}\n", i, i, i == 3 ? " @@EXIT@@" : "" }' > exit3.jsonl
limit=4
while [ $limit -le 64 ]; do
  start_watched $libtool_execute sh -c 'ulimit -n "$0" && exec "$@"' $limit \
    "$LECTOR" run -q --isolate -j 1 -P "$plugins" -c crashy.conf exit3.jsonl > nofile.out 2> nofile.err
  end_watched
  [ -s nofile.out ] && break
  limit=$((limit + 1))
done
check "a worker that cannot be replaced, with none left, stops the job: status 3 (got $status, ulimit -n $limit)" \
  test "$status" -eq 3
check "the records finished before the failed one are written" \
  sh -c 'head -n 2 fine.out > fine2.out && head -n 2 nofile.out | cmp -s - fine2.out'
check "the failed one says its worker could not be replaced, and nothing follows" \
  sh -c 'test "$(wc -l < nofile.out)" -eq 3 && tail -n 1 nofile.out | grep -q "^{\"id\":\"d3\",\"error\":{\"stage\":\"crashy\",\"message\":\"stage .crashy. ended the process with exit status 7; its worker process could not be replaced\"}}$"'
check "the message says why, and that no worker is left" \
  sh -c 'grep -q "cannot start a worker process to replace a failed one: " nofile.err && grep -q "no worker process is left; stopping" nofile.err'

# Without isolation the same crash takes the job down: that is what --isolate is for.
grep -v -e '@@LOOP@@' -e '@@EXIT@@' -e '@@ABORT@@' docs.jsonl > segv.jsonl
"$LECTOR" run -q -j 1 -P "$plugins" -c crashy.conf segv.jsonl > /dev/null 2>&1
status=$?
check "without --isolate a segfault ends the job (status $status)" test "$status" -ne 0 -a "$status" -ne 1

# On a corpus without trouble, isolation changes nothing in the output.
"$LECTOR" run -q -j 2 fine.jsonl > threads.out
"$LECTOR" run -q -j 2 --isolate fine.jsonl > isolated.out
check "--isolate writes the same bytes as threads" cmp -s threads.out isolated.out

# --timeout-per-doc: 0, the default, is no limit; a limit needs --isolate.
"$LECTOR" run -q --timeout-per-doc 2 fine.jsonl > /dev/null 2> usage.err
check "--timeout-per-doc without --isolate is a usage error" grep -q 'needs --isolate' usage.err
"$LECTOR" run -q --timeout-per-doc 0 fine.jsonl > /dev/null
check "--timeout-per-doc 0 is no limit, and needs no --isolate" test $? -eq 0
for bad in -1 nan inf; do
  "$LECTOR" run -q --isolate --timeout-per-doc $bad fine.jsonl > /dev/null 2> usage.err
  status=$?
  check "--timeout-per-doc $bad is a usage error (status $status)" \
    sh -c "test $status -eq 2 && grep -q '0 or more (0, the default, is no limit)' usage.err"
done
# A limit below a microsecond is still a limit, not none.
start_watched "$LECTOR" run -q --isolate -j 2 --timeout-per-doc 1e-9 -P "$plugins" -c crashy.conf hang.jsonl > tiny.out
end_watched
check "--timeout-per-doc 1e-9 stops a hanging stage (status $status)" test "$status" -eq 1
# Whichever stage was running when the limit struck: with so small a limit, maybe not crashy.
check "with an error record" grep -q '^{"id":"hang","error":{.*did not finish within 1e-09 s' tiny.out
tap_done
