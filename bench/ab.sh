#!/usr/bin/env bash
# Compares two variants of kemas on one command, in alternating rounds (A B, then B A, ...) so that
# a machine getting slower or faster during the run weighs on both alike. Prints, for each variant,
# the median wall time with its range, the median CPU time (user + system) and the peak RSS, and
# last the ratio of the median wall times, B/A.
#
# A variant is one environment assignment for ./kemas, or "" for ./kemas as it is:
#   KEMAS_JAR=/tmp/before.jar              another build (copy cli/target/kemas.jar aside first)
#   "KEMAS_JAVA_OPTS=-XX:+UseParallelGC"   other JVM options
# Usage: bench/ab.sh [-n rounds] [-p prepare-command] A B -- kemas-arguments...
#   bench/ab.sh -n 11 KEMAS_JAR=/tmp/before.jar "" -- build samples/berakhlak -o /tmp/ab.zip
# The prepare command runs before every timed run (for example to delete an output).
# On a 2-core machine runs of the same command vary by 5-10 %: use 9 rounds or more, and read a
# difference smaller than the ranges as no difference.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"
rounds=9
prepare=""
usage() { sed -n '/^# Usage:/,/^#   bench/s/^# //p' "$0" >&2; exit 2; }
while getopts n:p: opt; do
  case "$opt" in
    n) rounds="$OPTARG" ;;
    p) prepare="$OPTARG" ;;
    *) usage ;;
  esac
done
shift $((OPTIND - 1))
[ $# -ge 3 ] && [ "$3" = "--" ] || usage
variants=("$1" "$2")
shift 3
[[ "$rounds" =~ ^[1-9][0-9]*$ ]] || { echo "ab: rounds must be a positive number, not '$rounds'" >&2; exit 2; }
for v in "${variants[@]}"; do
  [ -z "$v" ] || [[ "$v" =~ ^[A-Za-z_][A-Za-z0-9_]*= ]] ||
    { echo "ab: a variant is NAME=value or \"\", not '$v'" >&2; exit 2; }
done
command -v /usr/bin/time >/dev/null || { echo "ab: needs /usr/bin/time (Debian package time)" >&2; exit 2; }

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

# run <index> <times-file|/dev/null> <kemas-arguments...>: one run of variant <index>; exits with what it printed on failure
run() {
  local v="${variants[$1]}" times="$2" env=()
  shift 2
  [ -z "$v" ] || env=("$v")
  [ -z "$prepare" ] || bash -c "$prepare" || { echo "ab: the prepare command failed: $prepare" >&2; exit 1; }
  # kemas reports problems on standard output: both streams are kept for the message below
  if ! timed "$times" env "${env[@]}" "$root/kemas" "$@" >"$out/printed" 2>&1; then
    echo "ab: variant ${v:-as it is} failed:" >&2
    cat "$out/printed" >&2
    exit 1
  fi
}

# One untimed run each: builds a stale jar or a missing class-data archive, and warms the cache.
run 0 /dev/null "$@"
run 1 /dev/null "$@"
for ((i = 1; i <= rounds; i++)); do
  if ((i % 2)); then order="0 1"; else order="1 0"; fi
  for k in $order; do run "$k" "$out/$k.times" "$@"; done
done

# Each line of a times file: wall seconds, user seconds, system seconds, peak RSS in KB.
wall=()
for k in 0 1; do
  t="$out/$k.times"
  walls="$(cut -d' ' -f1 "$t" | sort -g)"
  wall[k]="$(wall_median "$t")"
  printf '%s (%s): wall %.3f s (%s-%s), cpu %.2f s, peak RSS %d MB, %d runs\n' \
    "$( ((k)) && echo B || echo A)" "${variants[$k]:-as it is}" "${wall[k]}" \
    "$(head -1 <<<"$walls")" "$(tail -1 <<<"$walls")" "$(awk '{print $2 + $3}' "$t" | median)" \
    "$(awk '$4 > m {m = $4} END {print int(m / 1024)}' "$t")" "$(wc -l <"$t")"
done
awk -v a="${wall[0]}" -v b="${wall[1]}" 'BEGIN {printf "B/A wall: %.3f\n", b / a}'
