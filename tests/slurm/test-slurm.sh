#!/bin/sh
# A configured job on a real Slurm (TAP): starts a private single-node Slurm on loopback (munged
# with its own key and socket; slurmctld and slurmd with a generated SLURM_CONF, ports free at run
# time, state, spool, logs and pid files in a temporary directory; no systemd), runs a 4-shard job
# through lector-slurm, kills one shard's task on purpose, checks that status reports it with its
# log and that running the same submit command again completes the job, and that the merged
# output is byte for byte that of one `lector run`.  Stops only the daemons it started, by PID.
# Skipped when Slurm is not installed (Debian: apt-get install slurm-wlm munge).
#
# The shard is killed through $LECTOR, which lector-slurm passes to the tasks: here a wrapper
# that SIGKILLs itself the first time it runs as array task 2 (shard 3/4), as a crashed node or
# the out-of-memory killer would.
set -u
: "${LECTOR:?LECTOR must name the lector command}"
: "${top_builddir:?top_builddir must name the build tree}"
started=$(date +%s)

# The daemons live in sbin, which is not on every user's PATH.
PATH=$PATH:/usr/sbin:/sbin
export PATH
for tool in munged slurmctld slurmd sbatch squeue sinfo scancel; do
  if ! command -v "$tool" > /dev/null 2>&1; then
    echo "1..0 # SKIP slurm not installed ($tool not found)"
    exit 0
  fi
done
if [ "$(id -u)" -ne 0 ]; then
  echo "1..0 # SKIP slurmd must run as root to start jobs"
  exit 0
fi
# Nothing of an enclosing Slurm job (or a user's defaults) may leak into this private cluster.
for variable in $(env | sed -n 's/^\(SLURM_[A-Za-z0-9_]*\|SBATCH_[A-Za-z0-9_]*\|SQUEUE_[A-Za-z0-9_]*\)=.*/\1/p'); do
  unset "$variable"
done

slurm_tool=$top_builddir/contrib/slurm/lector-slurm
LECTOR_SLURM_TEMPLATE=$top_builddir/contrib/slurm/lector-array.sbatch
export LECTOR_SLURM_TEMPLATE

work=$(mktemp -d "${TMPDIR:-/tmp}/lector-slurm-XXXXXX") || exit 1
# munged wants every directory above its socket searchable by all.
chmod 755 "$work"
cd "$work" || exit 1
mkdir -p munge slurm/state slurm/spool slurm/log
SLURM_CONF=$work/slurm/slurm.conf
export SLURM_CONF

n=0
failed=0
check() { # check DESCRIPTION COMMAND...
  description=$1
  shift
  n=$((n + 1))
  if "$@"; then echo "ok $n - $description"; else failed=$((failed + 1)); echo "not ok $n - $description"; fi
}
bail() { # bail MESSAGE [LOG...]: the cluster cannot be used; show why and stop
  echo "Bail out! $1"
  shift
  for log in "$@"; do [ -f "$log" ] && sed 's/^/# /' "$log" | tail -n 20; done
  exit 1
}

# --- teardown: only what this test started, by PID ---------------------------------------------
munged_pid='' slurmctld_pid='' slurmd_pid=''
stop() { # stop PID: SIGTERM, then SIGKILL after 5 s
  [ -n "$1" ] || return 0
  kill -TERM "$1" 2> /dev/null || return 0
  tries=0
  while kill -0 "$1" 2> /dev/null && [ "$tries" -lt 50 ]; do
    sleep 0.1
    tries=$((tries + 1))
  done
  kill -KILL "$1" 2> /dev/null
  wait "$1" 2> /dev/null
}
teardown() {
  if [ -n "$slurmctld_pid" ] && kill -0 "$slurmctld_pid" 2> /dev/null; then
    # Jobs left by a failed check: cancel them in this private cluster and let their steps end.
    scancel --quiet --user=root 2> /dev/null
    tries=0
    while [ -n "$(squeue -h -o %i 2> /dev/null)" ] && [ "$tries" -lt 50 ]; do
      sleep 0.2
      tries=$((tries + 1))
    done
  fi
  stop "$slurmd_pid"
  stop "$slurmctld_pid"
  stop "$munged_pid"
  cd /
  rm -rf "$work"
}
trap teardown EXIT
trap 'exit 1' HUP INT TERM

# --- a private Slurm ---------------------------------------------------------------------------
# A TCP port from 20000 to 31999 (below the ephemeral range) that no socket uses now.
free_port() {
  cat /proc/net/tcp /proc/net/tcp6 2> /dev/null | awk -v seed="$$$1" '
    function hex(s,  i, v) { v = 0; for (i = 1; i <= length(s); i++) v = v * 16 + index("0123456789ABCDEF", toupper(substr(s, i, 1))) - 1; return v }
    NR > 1 { split($2, a, ":"); used[hex(a[2])] = 1 }
    END { srand(seed); do port = 20000 + int(rand() * 12000); while ((port in used) || (port + 1 in used)); print port }'
}

if command -v mungekey > /dev/null 2>&1; then
  mungekey --create --keyfile="$work/munge/munge.key" > /dev/null 2>&1
else
  dd if=/dev/urandom bs=1024 count=1 of="$work/munge/munge.key" 2> /dev/null
fi
chmod 600 munge/munge.key
munged --foreground --socket="$work/munge/socket" --key-file="$work/munge/munge.key" \
  --pid-file="$work/munge/munged.pid" --seed-file="$work/munge/munged.seed" \
  --log-file="$work/munge/munged.log" > munge/munged.out 2>&1 &
munged_pid=$!
tries=0
until [ -S munge/socket ]; do
  kill -0 "$munged_pid" 2> /dev/null && [ "$tries" -lt 50 ] || bail "munged did not start" munge/munged.out
  sleep 0.1
  tries=$((tries + 1))
done

write_conf() { # write_conf CTLD-PORT
  cat > "$SLURM_CONF" << EOF
# A private single-node cluster for tests/slurm/test-slurm.sh.
ClusterName=lectortest
SlurmctldHost=localhost
SlurmctldPort=$1
SlurmdPort=$(($1 + 1))
CommunicationParameters=NoInAddrAny,NoCtldInAddrAny
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$work/munge/socket
CredType=cred/munge
StateSaveLocation=$work/slurm/state
SlurmdSpoolDir=$work/slurm/spool
SlurmctldPidFile=$work/slurm/slurmctld.pid
SlurmdPidFile=$work/slurm/slurmd.pid
SlurmctldLogFile=$work/slurm/log/slurmctld.log
SlurmdLogFile=$work/slurm/log/slurmd.log
PlugStackConfig=$work/slurm/plugstack.conf
MailProg=/bin/true
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/builtin
SchedulerParameters=batch_sched_delay=0
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
JobCompType=jobcomp/none
MpiDefault=none
ReturnToService=2
KillWait=2
NodeName=localhost NodeAddr=127.0.0.1 CPUs=$(nproc) State=UNKNOWN
PartitionName=test Nodes=localhost Default=YES MaxTime=INFINITE State=UP
EOF
}
: > slurm/plugstack.conf

# The ports are free when chosen but could be taken before the daemons bind them: try again.
attempt=0
while :; do
  attempt=$((attempt + 1))
  port=$(free_port "$attempt")
  write_conf "$port"
  slurmctld -D -f "$SLURM_CONF" > slurm/log/slurmctld.out 2>&1 &
  slurmctld_pid=$!
  slurmd -D -N localhost -f "$SLURM_CONF" > slurm/log/slurmd.out 2>&1 &
  slurmd_pid=$!
  tries=0
  while [ "$tries" -lt 150 ] && kill -0 "$slurmctld_pid" 2> /dev/null && kill -0 "$slurmd_pid" 2> /dev/null; do
    sinfo -h -o %t -n localhost 2> /dev/null | grep -qx idle && break
    sleep 0.2
    tries=$((tries + 1))
  done
  sinfo -h -o %t -n localhost 2> /dev/null | grep -qx idle && break
  stop "$slurmd_pid"
  stop "$slurmctld_pid"
  slurmd_pid='' slurmctld_pid=''
  [ "$attempt" -lt 3 ] || bail "the private Slurm did not start (ports $port, $((port + 1)))" \
    slurm/log/slurmctld.out slurm/log/slurmctld.log slurm/log/slurmd.out slurm/log/slurmd.log
done
echo "# private Slurm up in $(($(date +%s) - started)) s (ports $port, $((port + 1)))"

# Waits until the jobs of the last submission have left the queue (at most 40 s).
wait_jobs() {
  ids=$(tail -n 1 parts/_slurm/jobs | awk '{ for (i = 1; i <= NF; i++) if ($i != "-") printf "%s%s", (n++ ? "," : ""), $i }')
  tries=0
  while [ -n "$(squeue -h -o %i -j "$ids" 2> /dev/null)" ]; do
    [ "$tries" -lt 200 ] || return 1
    sleep 0.2
    tries=$((tries + 1))
  done
}

# --- the job -----------------------------------------------------------------------------------
# 240 records of varied sizes, every 23rd one failing (no "text").
awk 'BEGIN {
  srand(11);
  for (i = 0; i < 240; i++) {
    if (i % 23 == 4) { printf "{\"id\": \"r%d\", \"body\": \"no text\"}\n", i; continue; }
    words = (i % 40 == 0) ? 3000 : int(rand() * 200) + 1;
    text = "";
    for (w = 0; w < words; w++) text = text sprintf("word%d%s", int(rand() * 500), (w % 9 == 8) ? ". " : " ");
    printf "{\"id\": \"r%d\", \"text\": \"%s\"}\n", i, text;
  }
}' > corpus.jsonl
cat > job.conf << 'EOF'
[pipeline]
name = slurm-test
stages = segment

[job]
input = corpus.jsonl
output = parts/
EOF
# The tasks get the configuration by its absolute path, which error messages name.
"$LECTOR" run -q -c "$work/job.conf" -o reference.jsonl
check "the reference run in one process has some failed documents (status $?)" test $? -eq 1

cat > lector-crashing << EOF
#!/bin/sh
# lector for the tasks, except that array task 2 (shard 3/4) is killed the first time it runs.
if [ "\${SLURM_ARRAY_TASK_ID:-}" = 2 ] && mkdir "$work/crashed-once" 2> /dev/null; then
  kill -KILL \$\$
fi
exec "$LECTOR" "\$@"
EOF
chmod +x lector-crashing
submit() { LECTOR=$work/lector-crashing "$slurm_tool" submit -c job.conf --shards 4 --cpus-per-task 1; }

submit > submit.1 2>&1
check "submit: status 0" test $? -eq 0
check "submit: all 4 shards as one job array" grep -q 'submitted 4 of 4 shards as job array [0-9]* (array indices 0-3' submit.1
wait_jobs
check "the job array and its merge job leave the queue" test $? -eq 0
check "three shards wrote their part" test -f parts/part-00000.jsonl -a -f parts/part-00001.jsonl -a -f parts/part-00003.jsonl
check "the killed shard has no part" test ! -e parts/part-00002.jsonl
check "no merged output while a shard is missing" test ! -e parts.jsonl
check "each task has its log" test -f parts/_slurm/part-00000.log -a -f parts/_slurm/part-00002.log
check "a task takes its threads from --cpus-per-task" grep -q 'threads 1,' parts/_slurm/part-00000.log
"$slurm_tool" status -c job.conf > status.1 2>&1
status=$?
check "status: 1 after a failed shard (got $status)" test "$status" -eq 1
check "status: names shard 3/4 failed, with its log" \
  grep -q "^3/4 *failed .*$work/parts/_slurm/part-00002.log" status.1
check "status: shows why (killed by signal 9)" grep -q 'status 137 (signal 9)' status.1
check "status: per-shard counts of the finished shards" grep -q '^1/4 *done *[0-9]' status.1

submit > submit.2 2>&1
check "submit again: status 0" test $? -eq 0
check "submit again: only the failed shard" grep -q 'submitted 1 of 4 shards as job array [0-9]* (array indices 2 ' submit.2
wait_jobs
check "its jobs leave the queue" test $? -eq 0
check "the merge job wrote the merged output" test -f parts.jsonl
check "the merged output is byte-identical to one lector run" cmp -s parts.jsonl reference.jsonl
documents=$(wc -l < corpus.jsonl)
errors=$(grep -c '"error":{' reference.jsonl)
check "the summary counts every document and failure ($documents, $errors)" \
  grep -Eq "^total +$documents +$((documents - errors)) +$errors\$" parts/_slurm/summary.txt
check "the summary has one line per shard" test "$(grep -c '^[1-4]/4 ' parts/_slurm/summary.txt)" -eq 4
"$slurm_tool" status -c job.conf > status.2 2>&1
status=$?
check "status: 0 once complete (got $status)" test "$status" -eq 0
jobs_before=$(wc -l < parts/_slurm/jobs)
submit > submit.3 2>&1
check "submit once more: nothing to submit" grep -q 'nothing to submit' submit.3
check "and no job was submitted" test "$(wc -l < parts/_slurm/jobs)" -eq "$jobs_before"

elapsed=$(($(date +%s) - started))
check "the whole test took ${elapsed} s (at most 60)" test "$elapsed" -le 60
if [ "$failed" -gt 0 ]; then
  for file in submit.1 status.1 submit.2 status.2 parts/_slurm/part-00002.log parts/_slurm/merge.log; do
    [ -f "$file" ] && sed "s|^|# $file: |" "$file"
  done
fi
echo "1..$n"
[ "$failed" -eq 0 ]
