# Helpers shared by the bench scripts (sourced, not run).

# median: the median of the numbers on standard input, one per line.
median() {
  sort -g | awk '{a[NR] = $1} END {print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2)}'
}

# wall_median <times-file>: the median of the first field (wall seconds) of a file written by timed.
wall_median() {
  cut -d' ' -f1 "$1" | median
}

# timed <times-file> <command...>: runs the command and appends one line to <times-file>: its wall
# seconds to the millisecond (from bash's clock: /usr/bin/time's %e counts hundredths, too coarse
# for runs of a few tenths of a second), its user and system seconds, and its peak RSS in KB.
# Returns the command's exit status.
timed() {
  local file="$1" usage start end status=0
  shift
  usage="$(mktemp)"
  start="$EPOCHREALTIME"
  /usr/bin/time -f '%U %S %M' -o "$usage" "$@" || status=$?
  end="$EPOCHREALTIME"
  # EPOCHREALTIME is seconds with six decimals, written with the locale's decimal separator
  local us=$(( ${end//[.,]/} - ${start//[.,]/} ))
  # after a failure, time's file starts with a line that says so: the usage is the last line
  printf '%d.%03d %s\n' $((us / 1000000)) $((us / 1000 % 1000)) "$(tail -1 "$usage")" >>"$file"
  rm -f "$usage"
  return "$status"
}
