#!/usr/bin/env bash
# Run a private Virtuoso 7 (Debian virtuoso-opensource) on loopback ports, with its files in DIR.
#
#   scripts/virtuoso.sh start DIR PORT HTTPPORT   write DIR/virtuoso.ini, start, wait until it answers SQL
#   scripts/virtuoso.sh load DIR FILE GRAPH       load a Turtle file into named graph GRAPH (DB.DBA.TTLP_MT)
#   scripts/virtuoso.sh isql DIR SQL              run one SQL statement as dba
#   scripts/virtuoso.sh stop DIR                  shut the server down and wait for it to exit
#
# The SPARQL endpoint is then http://127.0.0.1:HTTPPORT/sparql (queries see every graph by default).
# Files to load must live under DIR/load (the only folder DirsAllowed admits besides DIR).
set -euo pipefail

VIRTUOSO=${VIRTUOSO:-virtuoso-t}
ISQL=${ISQL:-isql-vt}
READY_SECONDS=${VIRTUOSO_READY_SECONDS:-60}

die() { echo "virtuoso.sh: $*" >&2; exit 1; }

need() { command -v "$1" >/dev/null || die "$1 not found (apt-get install virtuoso-opensource)"; }

port_of() { sed -n 's/^ServerPort *= *127\.0\.0\.1:\([0-9]*\)$/\1/p' "$1/virtuoso.ini" | head -n1; }

isql() {  # isql DIR SQL
  "$ISQL" "127.0.0.1:$(port_of "$1")" dba dba VERBOSE=OFF BANNER=OFF PROMPT=OFF ERRORS=STDOUT "exec=$2" </dev/null
}

write_ini() {  # write_ini DIR PORT HTTPPORT
  local dir=$1
  mkdir -p "$dir/db" "$dir/load" "$dir/vsp"
  cat >"$dir/virtuoso.ini.tmp" <<EOF
[Database]
DatabaseFile       = $dir/db/virtuoso.db
ErrorLogFile       = $dir/db/virtuoso.log
LockFile           = $dir/db/virtuoso.lck
TransactionFile    = $dir/db/virtuoso.trx
xa_persistent_file = $dir/db/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = $dir/db/virtuoso-temp.db
TransactionFile    = $dir/db/virtuoso-temp.trx
Striping           = 0

[Parameters]
ServerPort               = 127.0.0.1:$2
DisableUnixSocket        = 1
DisableTcpSocket         = 0
MaxClientConnections     = 8
CheckpointInterval       = 60
CaseMode                 = 2
DirsAllowed              = ., $dir, $dir/load
NumberOfBuffers          = 10000
MaxDirtyBuffers          = 6000
ThreadsPerQuery          = 2

[HTTPServer]
ServerPort               = 127.0.0.1:$3
ServerRoot               = $dir/vsp
MaxClientConnections     = 8
ServerThreads            = 8
EnabledDavVSP            = 0
Charset                  = UTF-8

[SPARQL]
ResultSetMaxRows           = 100000
MaxQueryExecutionTime      = 60
MaxQueryCostEstimationTime = 60
EOF
  mv "$dir/virtuoso.ini.tmp" "$dir/virtuoso.ini"
}

start() {  # start DIR PORT HTTPPORT
  need "$VIRTUOSO"; need "$ISQL"
  local dir
  dir=$(mkdir -p "$1" && cd "$1" && pwd)
  write_ini "$dir" "$2" "$3"
  # exec: the background job is the server itself, holding no descriptor of the caller's
  (cd "$dir/db" && exec "$VIRTUOSO" +configfile "$dir/virtuoso.ini" +foreground) </dev/null >"$dir/stdout.log" 2>&1 &
  echo $! >"$dir/virtuoso.pid"
  local deadline=$((SECONDS + READY_SECONDS))
  until isql "$dir" "SELECT 1;" >/dev/null 2>&1; do
    kill -0 "$(cat "$dir/virtuoso.pid")" 2>/dev/null || die "server exited at start; see $dir/db/virtuoso.log"
    ((SECONDS < deadline)) || { stop "$dir"; die "server did not answer within ${READY_SECONDS}s"; }
    # wait for the server's log to change rather than spinning hot
    timeout 1 tail -n0 -f "$dir/db/virtuoso.log" >/dev/null 2>&1 || true
  done
  until (exec 3<>"/dev/tcp/127.0.0.1/$3") 2>/dev/null; do   # the HTTP listener accepts connections
    ((SECONDS < deadline)) || { stop "$dir"; die "HTTP port $3 did not open within ${READY_SECONDS}s"; }
    timeout 1 tail -n0 -f "$dir/db/virtuoso.log" >/dev/null 2>&1 || true
  done
  echo "virtuoso: sql 127.0.0.1:$2, sparql http://127.0.0.1:$3/sparql (pid $(cat "$dir/virtuoso.pid"))"
}

load() {  # load DIR FILE GRAPH
  local dir file out
  dir=$(cd "$1" && pwd)
  file=$(readlink -f "$2")
  [[ $file == "$dir"/* ]] || { cp "$file" "$dir/load/"; file="$dir/load/$(basename "$file")"; }
  local graph=$3
  out=$(isql "$dir" "DB.DBA.TTLP_MT (file_to_string_output ('${file//\'/\'\'}'), '', '${graph//\'/\'\'}', 0); checkpoint;")
  if grep -q -E '^\*\*\* Error|Error [0-9A-Z]{5}' <<<"$out"; then die "load failed: $(grep -m1 Error <<<"$out")"; fi
}

stop() {  # stop DIR
  local dir=$1 pid
  [[ -f "$dir/virtuoso.pid" ]] || die "no server started in $dir"
  pid=$(cat "$dir/virtuoso.pid")
  isql "$dir" "shutdown;" >/dev/null 2>&1 || kill "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + READY_SECONDS))
  while kill -0 "$pid" 2>/dev/null; do
    ((SECONDS < deadline)) || { kill -9 "$pid" 2>/dev/null || true; break; }
    timeout 1 tail --pid="$pid" -f /dev/null || true
  done
  rm -f "$dir/virtuoso.pid"
}

case "${1:-}" in
  start) [[ $# -eq 4 ]] || die "usage: start DIR PORT HTTPPORT"; start "$2" "$3" "$4" ;;
  load)  [[ $# -eq 4 ]] || die "usage: load DIR FILE GRAPH"; load "$2" "$3" "$4" ;;
  isql)  [[ $# -eq 3 ]] || die "usage: isql DIR SQL"; isql "$2" "$3" ;;
  stop)  [[ $# -eq 2 ]] || die "usage: stop DIR"; stop "$2" ;;
  *) sed -n '2,10s/^# \{0,1\}//p' "$0"; exit 2 ;;
esac
