#!/usr/bin/env bash
# Builds a large synthetic course (2,000 text files, about 600 MB of incompressible media, fixed
# seed) with `kemas build`, with Info-ZIP `zip -r -q` (default level) and with
# `zip -r -q -n .jpg:.png:.mp4:.pdf` (media stored), in alternating rounds on a warm cache, and
# prints the median wall times. The last line is:
#   kemas/zip=R1 kemas/zip-n=R2 kemas-peak-rss=N MB
# Usage: bench/build-vs-zip.sh [rounds] [media-megabytes]     (defaults: 5 rounds, 600 MB)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"
rounds="${1:-5}"
media_mb="${2:-600}"
work="$root/bench/work"
course="$work/course-$media_mb"
out="$work/out"

for tool in zip java /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench: needs $tool" >&2; exit 2; }
done

if [ ! -f "$course/course.yaml" ]; then
  echo "bench: generating the course in $course (once)" >&2
  rm -rf "$course"
  java "$root/bench/GenerateCourse.java" "$course" "$media_mb"
fi
mkdir -p "$out"
"$root/kemas" --version >/dev/null        # builds the jar and its class-data archive if needed

text_files=$(find "$course" -type f \( -name '*.md' -o -name '*.svg' -o -name '*.vtt' -o -name '*.csv' -o -name '*.txt' \) | wc -l)
media_bytes=$(find "$course/media" -type f \( -name '*.mp4' -o -name '*.jpg' -o -name '*.png' -o -name '*.pdf' \) -printf '%s\n' \
  | awk '{s+=$1} END {print s}')
echo "course: $text_files text files, $((media_bytes / 1048576)) MB of media; $(nproc) cores; $rounds rounds"
cat $(find "$course" -type f) >/dev/null   # warm the page cache

# run <name> <command...>: appends the wall seconds, CPU seconds and peak RSS (KB) of the command to
# $out/<name>.times (see timed in lib.sh)
run() {
  local name="$1"; shift
  timed "$out/$name.times" "$@" >/dev/null 2>"$out/$name.err" ||
    { echo "bench: $name failed:" >&2; cat "$out/$name.err" >&2; exit 1; }
}

rm -f "$out"/*.times
for ((i = 1; i <= rounds; i++)); do
  if ((i % 2)); then order="kemas zip zip-n"; else order="zip-n zip kemas"; fi
  for what in $order; do
    rm -f "$out/$what.zip"
    case "$what" in
      kemas) run kemas "$root/kemas" build "$course" -o "$out/kemas.zip" ;;
      zip) (cd "$course" && run zip zip -r -q "$out/zip.zip" .) ;;
      zip-n) (cd "$course" && run zip-n zip -r -q -n .jpg:.png:.mp4:.pdf "$out/zip-n.zip" .) ;;
    esac
  done
  echo "round $i: kemas $(tail -1 "$out/kemas.times" | cut -d' ' -f1) s, zip $(tail -1 "$out/zip.times" | cut -d' ' -f1) s," \
       "zip -n $(tail -1 "$out/zip-n.times" | cut -d' ' -f1) s"
done

k=$(wall_median "$out/kemas.times"); z=$(wall_median "$out/zip.times"); n=$(wall_median "$out/zip-n.times")
rss_kb=$(cut -d' ' -f4 "$out/kemas.times" | sort -g | tail -1)
unzip -tqq "$out/kemas.zip" && echo "unzip -t: kemas.zip OK"
echo "sizes: kemas $(stat -c %s "$out/kemas.zip") B, zip $(stat -c %s "$out/zip.zip") B, zip -n $(stat -c %s "$out/zip-n.zip") B"
echo "median wall time: kemas $k s, zip $z s, zip -n $n s"
awk -v k="$k" -v z="$z" -v n="$n" -v r="$rss_kb" \
  'BEGIN {printf "kemas/zip=%.3f kemas/zip-n=%.3f kemas-peak-rss=%d MB\n", k/z, k/n, r/1024}'
