# Helpers shared by the bench scripts (sourced, not run).

# median: the median of the numbers on standard input, one per line.
median() {
  sort -g | awk '{a[NR] = $1} END {print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2)}'
}

# wall_median <times-file>: the median of the first field (wall seconds) of a /usr/bin/time output file.
wall_median() {
  cut -d' ' -f1 "$1" | median
}
