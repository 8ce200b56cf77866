#!/usr/bin/env bash
# Validates a large SCORM package with `kemas validate` and tests the same zip with Info-ZIP
# `unzip -tqq`, in alternating rounds on a warm cache, and prints the median wall times; then times
# `kemas validate` on a small package against `kemas --version` (the JVM and command-line start).
#
# The large package is the build benchmark's synthetic course (2,000 text files, about 600 MB of
# incompressible media, fixed seed) built with `kemas build`; if that cannot be built, a package of
# the same shape written by bench/GeneratePackage.java (media stored, fixed seed). The small package
# is samples/berakhlak built with `kemas build`, or GeneratePackage's small one.
#
# The last lines are:
#   large: validate=V s unzip-t=U s validate/unzip-t=R validate-peak-rss=N MB
#   small: validate=S s start=T s beyond-start=D s
# Usage: bench/validate-vs-unzip.sh [rounds] [media-megabytes]   (defaults: 5 rounds, 600 MB)
# KEMAS_CMD runs another launcher instead of ./kemas (for example a released build).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"
rounds="${1:-5}"
media_mb="${2:-600}"
work="$root/bench/work"
course="$work/course-$media_mb"
out="$work/validate"
large="$out/large-$media_mb.zip"
small="$out/small.zip"
schemas="$root/validator/src/main/resources/id/kemas/validator/schemas/scorm2004"
read -r -a kemas <<< "${KEMAS_CMD:-$root/kemas}"

for tool in unzip java /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench: needs $tool" >&2; exit 2; }
done
mkdir -p "$out"

"${kemas[@]}" --version >/dev/null        # builds the jar and its class-data archive if needed

# Packages built by an older kemas are built again, so that the validator sees today's output.
jar="$root/cli/target/kemas.jar"
stale() { [ ! -f "$1" ] || { [ -f "$jar" ] && [ "$jar" -nt "$1" ]; }; }

if stale "$large"; then
  if [ ! -f "$course/course.yaml" ]; then
    echo "bench: generating the course in $course (once)" >&2
    rm -rf "$course"
    java "$root/bench/GenerateCourse.java" "$course" "$media_mb"
  fi
  echo "bench: building the large package (one SCO per leaf)" >&2
  rm -f "$large"
  if ! "${kemas[@]}" build --target scorm2004 "$course" -o "$large" >/dev/null 2>"$out/build.err"; then
    echo "bench: kemas build failed (see $out/build.err); writing a package of the same shape instead" >&2
    java "$root/bench/GeneratePackage.java" "$large" large "$media_mb" "$schemas"
  fi
fi
if stale "$small"; then
  rm -f "$small"
  "${kemas[@]}" build "$root/samples/berakhlak" -o "$small" >/dev/null 2>>"$out/build.err" ||
    java "$root/bench/GeneratePackage.java" "$small" small 0 "$schemas"
fi

# The packages must be readable by both tools before anything is timed.
for pkg in "$large" "$small"; do
  status=0
  "${kemas[@]}" validate "$pkg" >"$out/validate.out" 2>&1 || status=$?
  if [ "$status" -ge 2 ]; then
    echo "bench: kemas validate $pkg failed ($status):" >&2
    cat "$out/validate.out" >&2
    exit 1
  fi
  echo "$(tail -1 "$out/validate.out")"
done
unzip -tqq "$large" >/dev/null

files=$(unzip -Z1 "$large" | wc -l)
echo "large package: $files entries, $(($(stat -c %s "$large") / 1048576)) MB; $(nproc) cores; $rounds rounds"
cat "$large" "$small" >/dev/null            # warm the page cache

# run <name> <command...>: appends the wall seconds, CPU seconds and peak RSS (KB) of the command to
# $out/<name>.times (see timed in lib.sh)
run() {
  local name="$1"; shift
  local status=0
  timed "$out/$name.times" "$@" >/dev/null 2>"$out/$name.err" || status=$?
  # kemas validate exits with 1 when it finds problems; only 2 and above mean it did not run
  if [ "$status" -ge 2 ]; then echo "bench: $name failed ($status):" >&2; cat "$out/$name.err" >&2; exit 1; fi
}

rm -f "$out"/*.times
for ((i = 1; i <= rounds; i++)); do
  if ((i % 2)); then order="validate unzip small start"; else order="start small unzip validate"; fi
  for what in $order; do
    case "$what" in
      validate) run validate "${kemas[@]}" validate "$large" ;;
      unzip) run unzip unzip -tqq "$large" ;;
      small) run small "${kemas[@]}" validate "$small" ;;
      start) run start "${kemas[@]}" --version ;;
    esac
  done
  echo "round $i: validate $(tail -1 "$out/validate.times" | cut -d' ' -f1) s, unzip -t $(tail -1 "$out/unzip.times" | cut -d' ' -f1) s," \
       "small $(tail -1 "$out/small.times" | cut -d' ' -f1) s, start $(tail -1 "$out/start.times" | cut -d' ' -f1) s"
done

v=$(wall_median "$out/validate.times"); u=$(wall_median "$out/unzip.times")
s=$(wall_median "$out/small.times"); t=$(wall_median "$out/start.times")
rss_kb=$(cut -d' ' -f4 "$out/validate.times" | sort -g | tail -1)
awk -v v="$v" -v u="$u" -v r="$rss_kb" \
  'BEGIN {printf "large: validate=%.3f s unzip-t=%.3f s validate/unzip-t=%.3f validate-peak-rss=%d MB\n", v, u, v/u, r/1024}'
awk -v s="$s" -v t="$t" 'BEGIN {printf "small: validate=%.3f s start=%.3f s beyond-start=%.3f s\n", s, t, s-t}'
